UNWIND $ids AS key
MATCH (p:Plan {id: key})
RETURN key, p {.id, .title, .kind, .loaded, .docNumber, .issuer, .issuedDate, .periodStart, .periodEnd,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]} AS node
