// A page of tasks per key (a plan id, or null for all plans) that meet the filter, in
// document order, seeking past the cursor, and ($withTotal) how many meet it across all
// pages: one scan serves both. Without $withTotal the page stops at $limit; with it every
// match is collected and counted ($limit 0 when only the count is asked).
// The tasks come through the most selective index the filter allows: the plan (key or
// planId), else the department's ties, else the TEXT index on searchText, else the plans
// of the region, else every task. Each way stands in its own branch behind an UNWIND that
// yields a row only for the chosen way, so the others never run; a way written
// `($x IS NULL OR …)` could use no index. The one filter below then applies every condition.
// The long strings (text, sourceText) are read only when selected ($withText, $withSourceText):
// null means not loaded. searchText is never returned.
UNWIND $keys AS key
CALL (key) {
  WITH key, CASE
      WHEN key IS NOT NULL OR $planId IS NOT NULL THEN 'plan'
      WHEN $departmentId IS NOT NULL THEN 'department'
      WHEN $text IS NOT NULL THEN 'text'
      WHEN $regionId IS NOT NULL THEN 'region'
      ELSE 'all' END AS way
  CALL (key, way) {
    UNWIND CASE way WHEN 'plan' THEN [coalesce(key, $planId)] ELSE [] END AS planId
    MATCH (t:Task {planId: planId})
    RETURN t
    UNION ALL
    UNWIND CASE way WHEN 'department' THEN [$departmentId] ELSE [] END AS departmentId
    MATCH (:Department {id: departmentId})-[:LEADS|RESPONSIBLE_FOR]->(t:Task)
    RETURN DISTINCT t
    UNION ALL
    UNWIND CASE way WHEN 'text' THEN [true] ELSE [] END AS byText
    MATCH (t:Task) WHERE t.searchText CONTAINS $text
    RETURN t
    UNION ALL
    UNWIND CASE way WHEN 'region' THEN [$regionId] ELSE [] END AS regionId
    MATCH (:Region {id: regionId})<-[:PART_OF*0..]-(:Region)<-[:OF_REGION]-(p:Plan)
    MATCH (t:Task {planId: p.id})
    RETURN t
    UNION ALL
    UNWIND CASE way WHEN 'all' THEN [true] ELSE [] END AS everyTask
    MATCH (t:Task)
    RETURN t
  }
  WITH key, t
  WHERE (key IS NULL OR t.planId = key)
  AND ($planId IS NULL OR t.planId = $planId)
  AND ($kind IS NULL OR t.kind = $kind)
  AND ($dueBy IS NULL OR any(y IN t.deadlines WHERE y <= $dueBy))
  AND ($text IS NULL OR t.searchText CONTAINS $text)
  AND ($regionId IS NULL OR EXISTS { (t)-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  AND ($hasLead IS NULL OR ($hasLead = true AND EXISTS { (:Department)-[:LEADS]->(t) }) OR ($hasLead = false AND NOT EXISTS { (:Department)-[:LEADS]->(t) }))
  AND ($role IS NULL OR $departmentId IS NOT NULL OR ($role = 'LEAD' AND EXISTS { (:Department)-[:LEADS]->(t) }) OR ($role = 'RESPONSIBLE' AND EXISTS { (:Department)-[:RESPONSIBLE_FOR]->(t) }) OR ($role = 'ANY' AND EXISTS { (:Department)-[:LEADS|RESPONSIBLE_FOR]->(t) }))
  AND ($departmentId IS NULL
       OR ($role IN ['LEAD', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:LEADS]->(t) })
       OR ($role IN ['RESPONSIBLE', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:RESPONSIBLE_FOR]->(t) }))
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
