// Query.lineageGroups: groups spanning at least $minPlans plans (with a task of $planId), largest first by sortKey.
MATCH ({lineageGroup}:LineageGroup)
WHERE {lineageGroup}.planCount >= $minPlans
  AND ($planId IS NULL OR EXISTS { ({lineageGroup})-[:SPANS]->(:Plan {id: $planId}) })
RETURN {lineageGroup}
