// Groups that spanned the plan through a task they no longer hold: the loader replaced the plan's tasks (a reload),
// so they lost members and links. SPANS names the task; when a task of that id is back, it is returned to rejoin
// (null for a group stored without it, or a task already placed elsewhere).
MATCH (:Plan {id: $planId})<-[s:SPANS]-(g:LineageGroup)
WHERE s.taskId IS NULL OR NOT EXISTS { (:Task {id: s.taskId})-[:IN_GROUP]->(g) }
OPTIONAL MATCH (t:Task {id: s.taskId})
WHERE NOT EXISTS { (t)-[:IN_GROUP]->() }
RETURN g.id AS groupId, t.id AS taskId
