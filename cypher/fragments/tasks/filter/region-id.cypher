// TaskFilter.regionId: plans of the region or a region inside it
($regionId IS NULL OR EXISTS { ({task})-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
