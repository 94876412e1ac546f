// A page of departments meeting the filter, by name. Keep the filter in step with count.cypher.
UNWIND $keys AS key
CALL {
  MATCH (d:Department)
  WHERE ($after IS NULL OR d.sortKey > $after)
    AND ($type IS NULL OR d.type = $type)
    AND ($name IS NULL OR d.searchText CONTAINS $name)
    AND ($regionId IS NULL OR EXISTS { (d)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  WITH d ORDER BY d.sortKey LIMIT $limit
  RETURN collect(d {.*}) AS nodes
}
RETURN key, nodes
