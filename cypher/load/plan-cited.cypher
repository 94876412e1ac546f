// The documents the loaded version of a plan cites: the only placeholders that replacing
// it can leave uncited. None for a new plan.
MATCH (:Plan {id: $planId})-[:CITES]->(c:Plan)
RETURN DISTINCT c.id AS id
