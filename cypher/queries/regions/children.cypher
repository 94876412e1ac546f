UNWIND $ids AS key
MATCH (:Region {id: key})<-[:PART_OF]-(r:Region)
RETURN key, r {.*, parentId: key} AS node
ORDER BY key, r.name
