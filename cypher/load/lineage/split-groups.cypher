// Removed links whose two tasks share a group: does the group still connect them through its own members and links
// that make groups (SAME_TASK_AS, ELABORATES, a 专栏 box's COVERS)? The shortest path's predicates are checked as the
// search expands, so a group that holds stops early.
UNWIND $pairs AS pair
MATCH (a:Task {id: pair[0]})-[:IN_GROUP]->(g:LineageGroup)<-[:IN_GROUP]-(b:Task {id: pair[1]})
OPTIONAL MATCH path = shortestPath((a)-[:SAME_TASK_AS|ELABORATES|COVERS*]-(b))
WHERE all(n IN nodes(path) WHERE (n)-[:IN_GROUP]->(g))
  AND all(r IN relationships(path) WHERE type(r) <> 'COVERS' OR r.grouping)
RETURN g.id AS groupId, path IS NOT NULL AS connected
