// DepartmentFilter.regionId: bodies of the region or a region inside it
($regionId IS NULL OR EXISTS { ({department})-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
