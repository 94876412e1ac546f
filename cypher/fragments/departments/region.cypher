// Department.region, through the region_id index.
MATCH ({region}:Region {id: {department}.regionId})
RETURN {region}
