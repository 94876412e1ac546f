UNWIND $ids AS key
MATCH (r:Region {id: key})
RETURN key, r {.*, parentId: [(r)-[:PART_OF]->(p:Region) | p.id][0]} AS node
