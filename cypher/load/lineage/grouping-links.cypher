// The group-forming links (SAME_TASK_AS, ELABORATES, a grouping COVERS) of each given task, with the group at the other end.
UNWIND $taskIds AS id
MATCH (t:Task {id: id})-[r:SAME_TASK_AS|ELABORATES|COVERS]-(u:Task)
WHERE type(r) <> 'COVERS' OR r.grouping
RETURN t.id AS a, u.id AS b, r.score AS score, coalesce(r.phrases, []) AS phrases, [(u)-[:IN_GROUP]->(g:LineageGroup) | g.id][0] AS groupId
