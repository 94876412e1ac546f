// A page of task links in document order of their start task, seeking past the cursor. Keep the filter in step with links-count.cypher.
// Without a plan or a kind, each relation's sortKey index yields its links in order, so a page reads about a page of each
// (LIMIT 0 switches a branch off without reading); with a plan, links with either end in it; with a kind only, every link
// is read once. PART_OF is COVERS read from its item: the same links, `from` the item.
UNWIND $keys AS key
CALL {
  WITH key
  CALL {
    MATCH ()-[r:SAME_TASK_AS]->()
    WHERE r.sortKey > coalesce($after, '') AND r.score >= $minScore
    WITH r ORDER BY r.sortKey
    LIMIT CASE WHEN $planId IS NULL AND $kind IS NULL AND coalesce($relation, 'SAME_TASK_AS') = 'SAME_TASK_AS' THEN $limit ELSE 0 END
    RETURN r
    UNION
    MATCH (t)-[r:IMPLEMENTS]->()
    WHERE r.sortKey > coalesce($after, '') AND r.score >= $minScore AND t:Task
    WITH r ORDER BY r.sortKey
    LIMIT CASE WHEN $planId IS NULL AND $kind IS NULL AND coalesce($relation, 'IMPLEMENTS') = 'IMPLEMENTS' THEN $limit ELSE 0 END
    RETURN r
    UNION
    MATCH ()-[r:COVERS]->()
    WHERE r.sortKey > coalesce($after, '') AND r.score >= $minScore
    WITH r ORDER BY r.sortKey
    LIMIT CASE WHEN $planId IS NULL AND $kind IS NULL AND coalesce($relation, 'COVERS') IN ['COVERS', 'PART_OF'] THEN $limit ELSE 0 END
    RETURN r
    UNION
    MATCH ()-[r:ELABORATES]->()
    WHERE r.sortKey > coalesce($after, '') AND r.score >= $minScore
    WITH r ORDER BY r.sortKey
    LIMIT CASE WHEN $planId IS NULL AND $kind IS NULL AND coalesce($relation, 'ELABORATES') = 'ELABORATES' THEN $limit ELSE 0 END
    RETURN r
    UNION
    UNWIND CASE WHEN $planId IS NULL THEN [] ELSE [$planId] END AS planId
    MATCH (:Task {planId: planId})-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]-(:Task)
    WITH DISTINCT r
    WHERE ($after IS NULL OR r.sortKey > $after)
    AND ($relation IS NULL OR type(r) = CASE $relation WHEN 'PART_OF' THEN 'COVERS' ELSE $relation END)
    AND ($kind IS NULL OR startNode(r).kind = $kind OR endNode(r).kind = $kind)
    AND r.score >= $minScore
    RETURN r
    UNION
    UNWIND CASE WHEN $planId IS NULL AND $kind IS NOT NULL THEN [$kind] ELSE [] END AS kind
    MATCH (a:Task)-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(b:Task)
    WHERE (a.kind = kind OR b.kind = kind)
    AND ($after IS NULL OR r.sortKey > $after)
    AND ($relation IS NULL OR type(r) = CASE $relation WHEN 'PART_OF' THEN 'COVERS' ELSE $relation END)
    AND r.score >= $minScore
    RETURN r
  }
  WITH r ORDER BY r.sortKey LIMIT $limit
  WITH r, coalesce($relation, '') = 'PART_OF' AS fromItem
  RETURN collect(r {.*, relation: type(r), outgoing: NOT fromItem,
                    from: properties(CASE WHEN fromItem THEN endNode(r) ELSE startNode(r) END),
                    other: properties(CASE WHEN fromItem THEN startNode(r) ELSE endNode(r) END)}) AS nodes
}
RETURN key, nodes
