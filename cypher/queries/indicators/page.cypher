// A page of indicator rows per key (a plan id, or null for all plans) that meet the filter,
// in table order, and ($withTotal) how many meet it across all pages: one scan serves both.
// Without $withTotal the page stops at $limit; with it every match is collected and counted
// ($limit 0 when only the count is asked).
// The rows come through the most selective index the filter allows: the plan (key or
// planId), else the TEXT index on concept, else the plans of the region, else every row.
// Each way stands in its own branch behind an UNWIND that yields a row only for the chosen
// way, so the others never run; a way written `($x IS NULL OR …)` could use no index.
// The one filter below then applies every condition.
UNWIND $keys AS key
CALL (key) {
  WITH key, CASE
      WHEN key IS NOT NULL OR $planId IS NOT NULL THEN 'plan'
      WHEN $concept IS NOT NULL THEN 'concept'
      WHEN $regionId IS NOT NULL THEN 'region'
      ELSE 'all' END AS way
  CALL (key, way) {
    UNWIND CASE way WHEN 'plan' THEN [coalesce(key, $planId)] ELSE [] END AS planId
    MATCH (i:Indicator {planId: planId})
    RETURN i
    UNION ALL
    UNWIND CASE way WHEN 'concept' THEN [true] ELSE [] END AS byConcept
    MATCH (i:Indicator) WHERE i.concept CONTAINS $concept
    RETURN i
    UNION ALL
    UNWIND CASE way WHEN 'region' THEN [$regionId] ELSE [] END AS regionId
    MATCH (:Region {id: regionId})<-[:PART_OF*0..]-(:Region)<-[:OF_REGION]-(p:Plan)
    MATCH (i:Indicator {planId: p.id})
    RETURN i
    UNION ALL
    UNWIND CASE way WHEN 'all' THEN [true] ELSE [] END AS everyRow
    MATCH (i:Indicator)
    RETURN i
  }
  WITH key, i
  WHERE (key IS NULL OR i.planId = key)
    AND ($planId IS NULL OR i.planId = $planId)
    AND ($concept IS NULL OR i.concept CONTAINS $concept)
    AND ($attribute IS NULL OR i.attribute = $attribute)
    AND ($table IS NULL OR i.table = $table)
    AND ($regionId IS NULL OR EXISTS { (i)-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  WITH i WHERE $withTotal OR $after IS NULL OR i.sortKey > $after
  WITH i ORDER BY i.sortKey LIMIT CASE WHEN $withTotal THEN 2147483647 ELSE $limit END
  WITH collect(i) AS matched
  RETURN CASE WHEN $withTotal THEN size(matched) END AS total,
    [i IN matched WHERE $after IS NULL OR i.sortKey > $after][..$limit] AS page
}
RETURN key, total, [i IN page | i {.id, .planId, .sortKey, .table, .name, .concept, .category, .unit, .baseline, .target,
  .baselineValue, .baselineComparator, .targetValue, .targetComparator, .attribute, .notes,
  .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText}] AS nodes
