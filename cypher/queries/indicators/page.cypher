// A page of indicator rows per key (a plan id, or null for all plans) that meet the
// filter, in table order. Keep the filter in step with count.cypher.
UNWIND $keys AS key
CALL {
  WITH key
  MATCH (i:Indicator)
  WHERE (key IS NULL OR i.planId = key)
    AND ($after IS NULL OR i.sortKey > $after)
    AND ($planId IS NULL OR i.planId = $planId)
    AND ($concept IS NULL OR i.concept = $concept OR i.concept CONTAINS $concept)
    AND ($attribute IS NULL OR i.attribute = $attribute)
    AND ($table IS NULL OR i.table = $table)
    AND ($regionId IS NULL OR EXISTS { (i)-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  WITH i ORDER BY i.sortKey LIMIT $limit
  RETURN collect(i {.*}) AS nodes
}
RETURN key, nodes
