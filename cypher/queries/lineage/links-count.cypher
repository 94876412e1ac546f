UNWIND $keys AS key
CALL {
  WITH key
  MATCH (t:Task)-[r:SAME_TASK_AS|IMPLEMENTS]-(:Task)
  WHERE (($planId IS NULL AND startNode(r) = t) OR t.planId = $planId)
  AND ($relation IS NULL OR type(r) = $relation)
  AND r.score >= $minScore
  RETURN count(r) AS total
}
RETURN key, total
