UNWIND $ids AS key
MATCH (:Region {id: key})<-[:IN_REGION]-(d:Department)
RETURN key, d {.id, .name, .aliases, .type, .collective, .regionId, .sortKey} AS node
ORDER BY key, d.sortKey
