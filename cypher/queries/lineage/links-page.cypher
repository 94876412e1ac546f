// A page of task links in document order of their start task, seeking past the cursor.
// With a plan, links with either end in it. Keep the filter in step with links-count.cypher.
UNWIND $keys AS key
CALL {
  WITH key
  MATCH (t:Task)-[r:SAME_TASK_AS|IMPLEMENTS]-(:Task)
  WHERE (($planId IS NULL AND startNode(r) = t) OR t.planId = $planId)
  AND ($after IS NULL OR r.sortKey > $after)
  AND ($relation IS NULL OR type(r) = $relation)
  AND r.score >= $minScore
  WITH r ORDER BY r.sortKey LIMIT $limit
  RETURN collect(r {.*, relation: type(r), outgoing: true, from: properties(startNode(r)), other: properties(endNode(r))}) AS nodes
}
RETURN key, nodes
