// Query.regions: national first, then by level and name.
MATCH ({region}:Region)
WITH {region} ORDER BY {region}.level, {region}.name
RETURN {region}
