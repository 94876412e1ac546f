// Removed links whose two tasks share a group: does the group still connect them through its own members?
// The shortest path's node predicate is checked as the search expands, so a group that holds stops early.
UNWIND $pairs AS pair
MATCH (a:Task {id: pair[0]})-[:IN_GROUP]->(g:LineageGroup)<-[:IN_GROUP]-(b:Task {id: pair[1]})
OPTIONAL MATCH path = shortestPath((a)-[:SAME_TASK_AS*]-(b))
WHERE all(n IN nodes(path) WHERE (n)-[:IN_GROUP]->(g))
RETURN g.id AS groupId, path IS NOT NULL AS connected
