// An indicator row as indicators/by-id returns it, for Indicator's resolvers.
{indicator} {.id, .planId, .sortKey, .table, .name, .concept, .category, .unit, .baseline, .target,
  .baselineValue, .baselineComparator, .targetValue, .targetComparator, .attribute, .notes,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText}
