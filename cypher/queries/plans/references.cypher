// Every 《…》 each plan prints, in printed order, with `plan`: the node of the known document it names
// ($known: by title key or 文号; the loaded one first, then the one under its own title,
// as known-plans.cypher picks it for plan-level IMPLEMENTS), else the plan the loader linked it to.
UNWIND $ids AS key
MATCH (:Plan {id: key})-[c:CITES]->(cited:Plan)
WITH key, c, cited,
  [d IN $known WHERE cited.titleKey IN d.titleKeys OR (c.docNumberKey IS NOT NULL AND c.docNumberKey = d.docNumberKey)][0] AS doc
OPTIONAL MATCH (node:Plan)
WHERE doc IS NOT NULL AND (node.titleKey IN doc.titleKeys OR node.docNumber = doc.docNumber)
WITH key, c, cited, doc, node ORDER BY node.loaded DESC, node.titleKey = doc.titleKeys[0] DESC, node.id
WITH key, c, cited, head(collect(node)) AS known
WITH key, c, coalesce(known, cited) AS p
RETURN key, c {.*, plan: p {.id, .title, .kind, .loaded, .docNumber, .issuer, .issuedDate, .periodStart, .periodEnd,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]}} AS node
ORDER BY key, c.seq
