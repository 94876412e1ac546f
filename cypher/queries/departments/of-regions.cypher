UNWIND $ids AS key
MATCH (:Region {id: key})<-[:IN_REGION]-(d:Department)
RETURN key, d {.*} AS node
ORDER BY key, d.sortKey
