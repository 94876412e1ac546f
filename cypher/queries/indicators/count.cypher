UNWIND $keys AS key
CALL {
  WITH key
  MATCH (i:Indicator)
  WHERE (key IS NULL OR i.planId = key)
    AND ($planId IS NULL OR i.planId = $planId)
    AND ($concept IS NULL OR i.concept = $concept OR i.concept CONTAINS $concept)
    AND ($attribute IS NULL OR i.attribute = $attribute)
    AND ($table IS NULL OR i.table = $table)
    AND ($regionId IS NULL OR EXISTS { (i)-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  RETURN count(i) AS total
}
RETURN key, total
