// A page of task links in document order of their start task, seeking past the cursor. Keep the filter in step with links-count.cypher.
// Without a plan, each relation's sortKey index yields its links in order, so a page reads about a page of each
// (LIMIT 0 switches a branch off without reading); with a plan, links with either end in it.
UNWIND $keys AS key
CALL {
  WITH key
  CALL {
    MATCH ()-[r:SAME_TASK_AS]->()
    WHERE r.sortKey > coalesce($after, '') AND r.score >= $minScore
    WITH r ORDER BY r.sortKey
    LIMIT CASE WHEN $planId IS NULL AND coalesce($relation, 'SAME_TASK_AS') = 'SAME_TASK_AS' THEN $limit ELSE 0 END
    RETURN r
    UNION
    MATCH (t)-[r:IMPLEMENTS]->()
    WHERE r.sortKey > coalesce($after, '') AND r.score >= $minScore AND t:Task
    WITH r ORDER BY r.sortKey
    LIMIT CASE WHEN $planId IS NULL AND coalesce($relation, 'IMPLEMENTS') = 'IMPLEMENTS' THEN $limit ELSE 0 END
    RETURN r
    UNION
    UNWIND CASE WHEN $planId IS NULL THEN [] ELSE [$planId] END AS planId
    MATCH (:Task {planId: planId})-[r:SAME_TASK_AS|IMPLEMENTS]-(:Task)
    WHERE ($after IS NULL OR r.sortKey > $after)
    AND ($relation IS NULL OR type(r) = $relation)
    AND r.score >= $minScore
    RETURN r
  }
  WITH r ORDER BY r.sortKey LIMIT $limit
  RETURN collect(r {.*, relation: type(r), outgoing: true, from: properties(startNode(r)), other: properties(endNode(r))}) AS nodes
}
RETURN key, nodes
