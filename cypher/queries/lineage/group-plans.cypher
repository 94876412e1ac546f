UNWIND $ids AS key
MATCH (:LineageGroup {id: key})-[:SPANS]->(p:Plan)
RETURN key, p {.*} AS node
ORDER BY key, p.id
