// Plan.outline: the plan's items without a parent, in document order (through the task_plan index).
MATCH ({item}:Task {planId: {plan}.id})
WHERE NOT ({item})-[:CHILD_OF]->()
WITH {item} ORDER BY {item}.sortKey
RETURN {item}
