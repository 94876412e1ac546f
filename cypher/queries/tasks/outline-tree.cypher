// Each plan's whole outline, every level, in document order: for a client that follows
// `outline { children … }` down, one query instead of one per level (the loader files each
// item under its parent). Seeks the task_plan index; the long strings are left out as in outline.cypher.
UNWIND $ids AS key
MATCH (t:Task {planId: key})
RETURN key, t {.id, .planId, .parentId, .kind, .number, .path, .title, .deadlines, .schedule, .sortKey,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage} AS node
ORDER BY key, t.sortKey
