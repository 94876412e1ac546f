// All plans, loaded ones first; $loaded null means both.
MATCH (p:Plan)
WHERE $loaded IS NULL OR p.loaded = $loaded
RETURN p {.id, .title, .kind, .loaded, .docNumber, .issuer, .issuedDate, .periodStart, .periodEnd,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText, regionId: [(p)-[:OF_REGION]->(r:Region) | r.id][0]} AS node
ORDER BY p.loaded DESC, p.title
