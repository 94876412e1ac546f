// Region.plans: plans issued for the region, by title.
MATCH ({region})<-[:OF_REGION]-({plan}:Plan)
WITH {plan} ORDER BY {plan}.title
RETURN {plan}
