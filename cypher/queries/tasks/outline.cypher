// The top of each plan's outline: its items without a parent, in document order.
// The long strings (text, sourceText, searchText) are left out, never read: the Task resolver
// fetches text and sourceText by id when a client selects them.
UNWIND $ids AS key
MATCH (t:Task {planId: key})
WHERE NOT (t)-[:CHILD_OF]->()
RETURN key, t {.id, .planId, .parentId, .kind, .number, .path, .title, .deadlines, .schedule, .sortKey,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage} AS node
ORDER BY key, t.sortKey
