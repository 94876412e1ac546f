// Departments are shared by every plan that names them: aliases accumulate.
UNWIND $departments AS d
MERGE (n:Department {id: d.id})
ON CREATE SET n.aliases = []
SET n.name = d.name, n.sortKey = d.sortKey, n.type = d.type, n.collective = d.collective, n.regionId = d.regionId,
    n.aliases = reduce(acc = n.aliases, a IN d.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = d.searchText
WITH n, d
MATCH (r:Region {id: d.regionId})
MERGE (n)-[:IN_REGION]->(r)
