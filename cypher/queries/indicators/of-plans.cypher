// Every indicator row of each plan, in table order.
UNWIND $ids AS key
MATCH (i:Indicator {planId: key})
RETURN key, i {.id, .planId, .sortKey, .table, .name, .concept, .category, .unit, .baseline, .target,
  .baselineValue, .baselineComparator, .targetValue, .targetComparator, .attribute, .notes,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText} AS node
ORDER BY key, i.sortKey
