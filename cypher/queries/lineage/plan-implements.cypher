// The documents each plan implements (plan-level IMPLEMENTS), surest first.
UNWIND $ids AS key
MATCH (:Plan {id: key})-[r:IMPLEMENTS]->(p:Plan)
RETURN key, r {.*, outgoing: true, other: p {.*, regionId: [(p)-[:OF_REGION]->(region:Region) | region.id][0]}} AS node
ORDER BY key, r.score DESC, p.id
