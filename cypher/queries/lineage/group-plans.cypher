// The plans each group spans, each once (a group may hold several tasks of one plan: one SPANS per task).
UNWIND $ids AS key
MATCH (:LineageGroup {id: key})-[:SPANS]->(p:Plan)
WITH DISTINCT key, p
RETURN key, p {.*, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]} AS node
ORDER BY key, p.id
