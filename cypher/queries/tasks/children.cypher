// The long strings (text, sourceText, searchText) are left out, never read: the Task resolver
// fetches text and sourceText by id when a client selects them.
UNWIND $ids AS key
MATCH (:Task {id: key})<-[:CHILD_OF]-(t:Task)
RETURN key, t {.id, .planId, .parentId, .kind, .number, .path, .title, .deadlines, .schedule, .sortKey,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage} AS node
ORDER BY key, t.sortKey
