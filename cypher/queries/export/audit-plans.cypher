// Audit workbook, sheet 规划: each loaded plan with what it holds, and whether it prints
// unit clauses at all (the 无牵头单位 sheet covers only the plans that do).
MATCH (p:Plan {loaded: true})
WHERE $after IS NULL OR p.id > $after[0]
WITH p ORDER BY p.id LIMIT $limit
OPTIONAL MATCH (p)-[:OF_REGION]->(r:Region)
RETURN [p.id] AS key,
       {id: p.id, title: p.title, kind: p.kind, regionName: r.name, docNumber: p.docNumber, issuedDate: p.issuedDate,
        tasks: COUNT { MATCH (t:Task {planId: p.id}) WHERE t.kind IN ['TASK', 'SUBTASK', 'COLUMN_ITEM'] RETURN t },
        tasksWithLead: COUNT { MATCH (t:Task {planId: p.id}) WHERE EXISTS { (:Department)-[:LEADS]->(t) } RETURN t },
        unitClauses: EXISTS { MATCH (:Department)-[:LEADS|RESPONSIBLE_FOR]->(:Task {planId: p.id}) },
        indicators: COUNT { MATCH (i:Indicator {planId: p.id}) RETURN i },
        sourceFile: p.sourceFile} AS row
