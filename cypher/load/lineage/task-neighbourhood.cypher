// Each task with its SAME_TASK_AS links: the edges groups are computed from.
UNWIND $taskIds AS id
MATCH (t:Task {id: id})
OPTIONAL MATCH (t)-[r:SAME_TASK_AS]-(u:Task)
RETURN t {.id, .planId, .title} AS task,
       [x IN collect(CASE WHEN u IS NULL THEN null ELSE {id: u.id, planId: u.planId, title: u.title, score: r.score, phrases: r.phrases, groupId: [(u)-[:IN_GROUP]->(g:LineageGroup) | g.id][0]} END) WHERE x IS NOT NULL] AS links
