// A page of departments meeting the filter, by name, and ($withTotal) how many meet it
// across all pages: one scan serves both. Without $withTotal the page stops at $limit; with
// it every match is collected and counted ($limit 0 when only the count is asked).
// Keys are [null]: departments have no parent connection.
// The departments come through the most selective index the filter allows: the TEXT index
// on searchText (name), else the type index, else the region's bodies, else every
// department. Each way stands in its own branch behind an UNWIND that yields a row only
// for the chosen way, so the others never run; a way written `($x IS NULL OR …)` could use
// no index. The one filter below then applies every condition.
UNWIND $keys AS key
CALL (key) {
  WITH key, CASE
      WHEN $name IS NOT NULL THEN 'name'
      WHEN $type IS NOT NULL THEN 'type'
      WHEN $regionId IS NOT NULL THEN 'region'
      ELSE 'all' END AS way
  CALL (way) {
    UNWIND CASE way WHEN 'name' THEN [true] ELSE [] END AS byName
    MATCH (d:Department) WHERE d.searchText CONTAINS $name
    RETURN d
    UNION ALL
    UNWIND CASE way WHEN 'type' THEN [$type] ELSE [] END AS type
    MATCH (d:Department {type: type})
    RETURN d
    UNION ALL
    UNWIND CASE way WHEN 'region' THEN [$regionId] ELSE [] END AS regionId
    MATCH (:Region {id: regionId})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(d:Department)
    RETURN d
    UNION ALL
    UNWIND CASE way WHEN 'all' THEN [true] ELSE [] END AS everyDepartment
    MATCH (d:Department)
    RETURN d
  }
  WITH d
  WHERE ($type IS NULL OR d.type = $type)
    AND ($name IS NULL OR d.searchText CONTAINS $name)
    AND ($regionId IS NULL OR EXISTS { (d)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  WITH d WHERE $withTotal OR $after IS NULL OR d.sortKey > $after
  WITH d ORDER BY d.sortKey LIMIT CASE WHEN $withTotal THEN 2147483647 ELSE $limit END
  WITH collect(d) AS matched
  RETURN CASE WHEN $withTotal THEN size(matched) END AS total,
    [d IN matched WHERE $after IS NULL OR d.sortKey > $after][..$limit] AS page
}
RETURN key, total, [d IN page | d {.id, .name, .aliases, .type, .collective, .regionId, .sortKey}] AS nodes
