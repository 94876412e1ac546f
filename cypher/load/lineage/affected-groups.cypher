// Groups a plan's recomputation can change: those spanning it before, and those of the tasks it now links to.
CALL {
  MATCH (:Plan {id: $planId})<-[:SPANS]-(g:LineageGroup)
  RETURN collect(g.id) AS spanning
}
CALL {
  MATCH (:Task {planId: $planId})-[:SAME_TASK_AS]-(:Task)-[:IN_GROUP]->(g:LineageGroup)
  RETURN collect(DISTINCT g.id) AS touched
}
RETURN spanning + [id IN touched WHERE NOT id IN spanning] AS groupIds
