UNWIND $keys AS key
CALL {
  WITH key
  MATCH (g:LineageGroup)
  WHERE ($planId IS NULL OR EXISTS { (g)-[:SPANS]->(:Plan {id: $planId}) })
  AND g.planCount >= $minPlans
  RETURN count(g) AS total
}
RETURN key, total
