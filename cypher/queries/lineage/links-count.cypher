// Keep the filter in step with links-page.cypher. Without a plan, a kind or a minimum score, each relation's count comes
// from the count store (Task IMPLEMENTS start at a task); otherwise the links are read once.
UNWIND $keys AS key
CALL {
  WITH key
  CALL {
    RETURN CASE WHEN $planId IS NULL AND $kind IS NULL AND $minScore = 0 THEN
      CASE WHEN coalesce($relation, 'SAME_TASK_AS') = 'SAME_TASK_AS' THEN count { ()-[:SAME_TASK_AS]->() } ELSE 0 END +
      CASE WHEN coalesce($relation, 'IMPLEMENTS') = 'IMPLEMENTS' THEN count { (:Task)-[:IMPLEMENTS]->() } ELSE 0 END +
      CASE WHEN coalesce($relation, 'COVERS') IN ['COVERS', 'PART_OF'] THEN count { ()-[:COVERS]->() } ELSE 0 END +
      CASE WHEN coalesce($relation, 'ELABORATES') = 'ELABORATES' THEN count { ()-[:ELABORATES]->() } ELSE 0 END
    ELSE 0 END AS n
    UNION ALL
    UNWIND CASE WHEN $planId IS NULL AND ($minScore > 0 OR $kind IS NOT NULL) THEN [true] ELSE [] END AS scan
    MATCH (a:Task)-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(b:Task)
    WHERE ($relation IS NULL OR type(r) = CASE $relation WHEN 'PART_OF' THEN 'COVERS' ELSE $relation END)
    AND ($kind IS NULL OR a.kind = $kind OR b.kind = $kind)
    AND r.score >= $minScore
    RETURN count(r) AS n
    UNION ALL
    UNWIND CASE WHEN $planId IS NULL THEN [] ELSE [$planId] END AS planId
    MATCH (:Task {planId: planId})-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]-(:Task)
    WITH DISTINCT r
    WHERE ($relation IS NULL OR type(r) = CASE $relation WHEN 'PART_OF' THEN 'COVERS' ELSE $relation END)
    AND ($kind IS NULL OR startNode(r).kind = $kind OR endNode(r).kind = $kind)
    AND r.score >= $minScore
    RETURN count(r) AS n
  }
  RETURN sum(n) AS total
}
RETURN key, total
