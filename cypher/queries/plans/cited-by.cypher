UNWIND $ids AS key
MATCH (:Plan {id: key})<-[:CITES {role: 'BASIS'}]-(p:Plan)
WITH DISTINCT key, p
RETURN key, p {.id, .title, .kind, .loaded, .docNumber, .issuer, .issuedDate, .periodStart, .periodEnd,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourceText} AS node
ORDER BY key, p.title
