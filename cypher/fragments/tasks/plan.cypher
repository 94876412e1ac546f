// Task.plan, through the plan_id index.
MATCH ({plan}:Plan {id: {task}.planId})
RETURN {plan}
