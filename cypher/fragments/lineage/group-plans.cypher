// LineageGroup.plans: the plans its tasks belong to, each once (one SPANS per task: a group may hold several tasks of one plan).
MATCH ({lineageGroup})-[:SPANS]->({plan}:Plan)
WITH DISTINCT {plan}
WITH {plan} ORDER BY {plan}.id
RETURN {plan}
