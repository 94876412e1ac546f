// Each task with its group's size, plan count and concept counts, not the group's members: what merging links needs.
UNWIND $taskIds AS id
MATCH (t:Task {id: id})
OPTIONAL MATCH (t)-[:IN_GROUP]->(g:LineageGroup)
RETURN t {.id, .planId, .title, line: t.lineageLine, anchors: t.lineageAnchors} AS task, g {.id, .size, .planCount, .conceptKeys, .conceptCounts} AS group
