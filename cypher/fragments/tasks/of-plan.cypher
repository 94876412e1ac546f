// Plan.tasks: the plan's outline items, through the task_plan index (tasks/filter keeps those the filter asks for).
MATCH ({task}:Task {planId: {plan}.id})
RETURN {task}
