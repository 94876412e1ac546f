UNWIND $ids AS key
MATCH (:LineageGroup {id: key})-[:SPANS]->(p:Plan)
RETURN key, p {.*, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]} AS node
ORDER BY key, p.id
