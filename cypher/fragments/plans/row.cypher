// A plan as plans/by-id returns it: the row Plan's resolvers read for a field not compiled.
{plan} {.id, .title, .kind, .loaded, .docNumber, .issuer, .issuedDate, .periodStart, .periodEnd,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText,
  regionId: head(COLLECT { MATCH ({plan})-[:OF_REGION]->({region}:Region) RETURN {region}.id })}
