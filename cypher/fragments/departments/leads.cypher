// Department.leads: the tasks it leads (a task listing it twice counts once).
MATCH ({department})-[:LEADS]->({task}:Task)
WITH DISTINCT {task}
RETURN {task}
