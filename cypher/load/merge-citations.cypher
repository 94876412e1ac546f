// Each document the plan names (one CITES per reference, with its role: BASIS, IMPLEMENTS,
// MENTIONED): the plan of that title if the graph has one (loaded or a placeholder), else a
// new placeholder with loaded: false.
UNWIND $citations AS c
MATCH (p:Plan {id: $planId})
OPTIONAL MATCH (known:Plan {titleKey: c.titleKey})
WHERE known <> p
WITH p, c, head(collect(known)) AS known
FOREACH (_ IN CASE WHEN known IS NULL THEN [1] ELSE [] END |
  MERGE (n:Plan {id: c.id})
  ON CREATE SET n.title = c.title, n.titleKey = c.titleKey, n.loaded = false, n.docNumber = c.docNumber, n.docNumberKey = c.docNumberKey,
    n.searchText = c.searchText)
WITH p, c, coalesce(known.id, c.id) AS targetId
MATCH (target:Plan {id: targetId})
MERGE (p)-[e:CITES {seq: c.seq}]->(target)
SET e.role = c.role, e.title = c.title, e.docNumber = c.docNumber, e.docNumberKey = c.docNumberKey,
    e.sourceFile = c.sourceFile, e.sourceLine = c.sourceLine, e.sourceEndLine = c.sourceEndLine,
    e.sourceStartOffset = c.sourceStartOffset, e.sourceEndOffset = c.sourceEndOffset, e.sourceText = c.sourceText
