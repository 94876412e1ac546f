// LineageGroup.tasks: its tasks, plan by plan.
MATCH ({lineageGroup})<-[:IN_GROUP]-({task}:Task)
WITH {task} ORDER BY {task}.sortKey
RETURN {task}
