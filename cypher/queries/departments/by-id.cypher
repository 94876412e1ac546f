UNWIND $ids AS key
MATCH (d:Department {id: key})
RETURN key, d {.id, .name, .aliases, .type, .collective, .regionId, .sortKey} AS node
