// Region.parent
MATCH ({region})-[:PART_OF]->({parent}:Region)
RETURN {parent}
