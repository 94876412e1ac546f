UNWIND $ids AS key
MATCH (:Region {id: key})<-[:OF_REGION]-(p:Plan)
RETURN key, p {.*} AS node
ORDER BY key, p.title
