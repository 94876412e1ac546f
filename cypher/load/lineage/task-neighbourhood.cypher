// Each task with the links groups are computed from: SAME_TASK_AS, ELABORATES, and a 专栏 box's COVERS.
UNWIND $taskIds AS id
MATCH (t:Task {id: id})
OPTIONAL MATCH (t)-[r:SAME_TASK_AS|ELABORATES|COVERS]-(u:Task)
WHERE type(r) <> 'COVERS' OR r.grouping
RETURN t {.id, .planId, .title, line: t.lineageLine, anchors: t.lineageAnchors} AS task,
       [x IN collect(CASE WHEN u IS NULL THEN null ELSE {id: u.id, planId: u.planId, title: u.title, line: u.lineageLine, anchors: u.lineageAnchors, score: r.score, phrases: coalesce(r.phrases, []), groupId: [(u)-[:IN_GROUP]->(g:LineageGroup) | g.id][0]} END) WHERE x IS NOT NULL] AS links
