// Keep the filter in step with links-page.cypher. Without a plan or a minimum score, each relation's count comes from the
// count store (Task IMPLEMENTS start at a task); with a minimum score, the links are read once.
UNWIND $keys AS key
CALL {
  WITH key
  CALL {
    RETURN CASE WHEN $planId IS NULL AND $minScore = 0 THEN
      CASE WHEN coalesce($relation, 'SAME_TASK_AS') = 'SAME_TASK_AS' THEN count { ()-[:SAME_TASK_AS]->() } ELSE 0 END +
      CASE WHEN coalesce($relation, 'IMPLEMENTS') = 'IMPLEMENTS' THEN count { (:Task)-[:IMPLEMENTS]->() } ELSE 0 END
    ELSE 0 END AS n
    UNION ALL
    UNWIND CASE WHEN $planId IS NULL AND $minScore > 0 THEN [true] ELSE [] END AS scored
    MATCH (t)-[r:SAME_TASK_AS|IMPLEMENTS]->()
    WHERE t:Task AND ($relation IS NULL OR type(r) = $relation) AND r.score >= $minScore
    RETURN count(r) AS n
    UNION ALL
    UNWIND CASE WHEN $planId IS NULL THEN [] ELSE [$planId] END AS planId
    MATCH (:Task {planId: planId})-[r:SAME_TASK_AS|IMPLEMENTS]-(:Task)
    WHERE ($relation IS NULL OR type(r) = $relation)
    AND r.score >= $minScore
    RETURN count(r) AS n
  }
  RETURN sum(n) AS total
}
RETURN key, total
