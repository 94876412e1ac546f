// A page of the tasks each department is tied to by $relation (LEADS, RESPONSIBLE_FOR,
// NAMED_AS_ACTING), in document order, and ($withTotal) how many there are: one expansion
// serves both ($limit 0 when only the count is asked). The long strings (text, sourceText) are read
// only when selected ($withText, $withSourceText): null means not loaded.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Department {id: key})-[r:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->(t:Task)
  WHERE type(r) = $relation
  WITH DISTINCT t
  WITH t WHERE $withTotal OR $after IS NULL OR t.sortKey > $after
  WITH t ORDER BY t.sortKey LIMIT CASE WHEN $withTotal THEN 2147483647 ELSE $limit END
  WITH collect(t) AS matched
  RETURN CASE WHEN $withTotal THEN size(matched) END AS total,
    [t IN matched WHERE $after IS NULL OR t.sortKey > $after][..$limit] AS page
}
RETURN key, total, [t IN page | t {.id, .planId, .parentId, .kind, .number, .path, .title, .deadlines, .schedule, .sortKey,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage,
  text: CASE WHEN $withText THEN t.text END,
  sourceText: CASE WHEN $withSourceText THEN t.sourceText END}] AS nodes
