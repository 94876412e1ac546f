UNWIND $ids AS key
MATCH (:Plan {id: key})<-[:CITES]-(p:Plan)
RETURN key, p {.*} AS node
ORDER BY key, p.title
