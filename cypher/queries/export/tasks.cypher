// A batch of the tasks export: every outline item of every plan in document order,
// seeking past the cursor key [sortKey]. Columns are the Task fields, nested ones flattened.
MATCH (t:Task)
WHERE $after IS NULL OR t.sortKey > $after[0]
WITH t ORDER BY t.sortKey LIMIT $limit
RETURN [t.sortKey] AS key,
       t {.id, .planId, .parentId, .kind, .number, .path, .title, .text, .deadlines, .schedule,
          sourceFile: t.sourceFile, sourceLine: t.sourceLine, sourceEndLine: t.sourceEndLine,
          sourceStartOffset: t.sourceStartOffset, sourceEndOffset: t.sourceEndOffset, sourcePage: t.sourcePage, sourceText: t.sourceText} AS row
