// The plans that implement each plan.
UNWIND $ids AS key
MATCH (:Plan {id: key})<-[r:IMPLEMENTS]-(p:Plan)
RETURN key, r {.*, outgoing: false, other: p {.*}} AS node
ORDER BY key, r.score DESC, p.id
