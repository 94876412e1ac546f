// Every loaded plan with its region and the region's parent: peers are chosen by region distance.
MATCH (p:Plan {loaded: true})
OPTIONAL MATCH (p)-[:OF_REGION]->(r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
RETURN p.id AS id, r.id AS regionId, parent.id AS parentRegionId
