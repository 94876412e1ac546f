// The documents each plan names as its basis (BASIS references: 依据 / 贯彻落实 / 按照《…》 in its
// preamble), each once, in the order first printed.
UNWIND $ids AS key
MATCH (:Plan {id: key})-[c:CITES {role: 'BASIS'}]->(p:Plan)
WITH key, p, min(c.seq) AS seq ORDER BY key, seq
RETURN key, p {.id, .title, .kind, .loaded, .docNumber, .issuer, .issuedDate, .periodStart, .periodEnd,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]} AS node
