UNWIND $ids AS key
MATCH (p:Plan {id: key})
RETURN key, p {.*, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]} AS node
