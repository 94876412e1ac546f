// The documents each plan names, in each role, each at its first reference in that role, in printed
// order; Plan.cites keeps the roles asked for and each document once.
UNWIND $ids AS key
MATCH (:Plan {id: key})-[c:CITES]->(p:Plan)
WITH key, p, c.role AS role, min(c.seq) AS seq ORDER BY key, seq
RETURN key, role, p {.id, .title, .kind, .loaded, .docNumber, .issuer, .issuedDate, .periodStart, .periodEnd,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]} AS node
