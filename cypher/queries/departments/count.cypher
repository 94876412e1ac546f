UNWIND $keys AS key
CALL {
  MATCH (d:Department)
  WHERE ($type IS NULL OR d.type = $type)
    AND ($name IS NULL OR d.searchText CONTAINS $name)
    AND ($regionId IS NULL OR EXISTS { (d)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  RETURN count(d) AS total
}
RETURN key, total
