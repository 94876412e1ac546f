// A page of groups, largest first, seeking past the cursor. Keep the filter in step with groups-count.cypher.
UNWIND $keys AS key
CALL {
  WITH key
  MATCH (g:LineageGroup)
  WHERE ($after IS NULL OR g.sortKey > $after)
  AND ($planId IS NULL OR EXISTS { (g)-[:SPANS]->(:Plan {id: $planId}) })
  AND g.planCount >= $minPlans
  WITH g ORDER BY g.sortKey LIMIT $limit
  RETURN collect(g {.*}) AS nodes
}
RETURN key, nodes
