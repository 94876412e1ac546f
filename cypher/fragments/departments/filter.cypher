// DepartmentFilter on {department}: every condition given.
($type IS NULL OR {department}.type = $type)
AND ($name IS NULL OR {department}.searchText CONTAINS $name)
AND ($regionId IS NULL OR EXISTS { ({department})-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
