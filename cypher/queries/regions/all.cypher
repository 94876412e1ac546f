MATCH (r:Region)
RETURN r {.*, parentId: [(r)-[:PART_OF]->(p:Region) | p.id][0]} AS node
ORDER BY r.level, r.name
