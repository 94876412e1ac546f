// Indicator.plan, through the plan_id index.
MATCH ({plan}:Plan {id: {indicator}.planId})
RETURN {plan}
