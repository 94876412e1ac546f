UNWIND $regions AS r
MERGE (n:Region {id: r.id})
SET n.name = r.name, n.level = r.level, n.placeholder = r.placeholder
WITH n, r
WHERE r.parentId IS NOT NULL
MERGE (parent:Region {id: r.parentId})
MERGE (n)-[:PART_OF]->(parent)
