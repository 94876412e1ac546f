// The plans that implement each plan.
UNWIND $ids AS key
MATCH (:Plan {id: key})<-[r:IMPLEMENTS]-(p:Plan)
RETURN key, r {.*, outgoing: false, other: p {.*, regionId: [(p)-[:OF_REGION]->(region:Region) | region.id][0]}} AS node
ORDER BY key, r.score DESC, p.id
