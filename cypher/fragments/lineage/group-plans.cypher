// LineageGroup.plans: the plans its tasks belong to.
MATCH ({lineageGroup})-[:SPANS]->({plan}:Plan)
WITH {plan} ORDER BY {plan}.id
RETURN {plan}
