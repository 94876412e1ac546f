// IndicatorFilter on {indicator}: every condition given.
($planId IS NULL OR {indicator}.planId = $planId)
AND ($concept IS NULL OR {indicator}.concept CONTAINS $concept)
AND ($attribute IS NULL OR {indicator}.attribute = $attribute)
AND ($table IS NULL OR {indicator}.table = $table)
AND ($regionId IS NULL OR EXISTS { ({indicator})-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
