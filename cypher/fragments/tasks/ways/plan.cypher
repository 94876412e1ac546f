// Query.tasks through the task_plan index, when chosen (`$planId` given).
UNWIND CASE {way} WHEN 'plan' THEN [$planId] ELSE [] END AS {planId}
MATCH ({task}:Task {planId: {planId}})
RETURN {task}
