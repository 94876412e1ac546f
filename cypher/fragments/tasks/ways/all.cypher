// Query.tasks over every task, when nothing narrower is given.
UNWIND CASE {way} WHEN 'all' THEN [true] ELSE [] END AS {everyTask}
MATCH ({task}:Task)
RETURN {task}
