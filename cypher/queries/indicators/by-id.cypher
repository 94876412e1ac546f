UNWIND $ids AS key
MATCH (i:Indicator {id: key})
RETURN key, i {.id, .planId, .sortKey, .table, .name, .concept, .category, .unit, .baseline, .target,
  .baselineValue, .baselineComparator, .targetValue, .targetComparator, .attribute, .notes,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText} AS node
