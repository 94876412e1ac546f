// Plan.region: the region the plan is issued for.
MATCH ({plan})-[:OF_REGION]->({region}:Region)
RETURN {region}
