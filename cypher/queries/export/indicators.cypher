// A batch of the indicators export: every indicator row, plan by plan in table order,
// seeking past the cursor key [sortKey]. `table` is upper-cased to the GraphQL enum value.
MATCH (i:Indicator)
WHERE $after IS NULL OR i.sortKey > $after[0]
WITH i ORDER BY i.sortKey LIMIT $limit
RETURN [i.sortKey] AS key,
       i {.id, .planId, table: toUpper(i.table), .category, .name, .concept, .unit,
          .baseline, .baselineValue, .baselineComparator, .target, .targetValue, .targetComparator,
          .attribute, .notes,
          sourceFile: i.sourceFile, sourceLine: i.sourceLine, sourceEndLine: i.sourceEndLine,
          sourceStartOffset: i.sourceStartOffset, sourceEndOffset: i.sourceEndOffset, sourcePage: i.sourcePage, sourceText: i.sourceText} AS row
