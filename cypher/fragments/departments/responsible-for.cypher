// Department.responsibleFor: the tasks it is a responsible unit of.
MATCH ({department})-[:RESPONSIBLE_FOR]->({task}:Task)
WITH DISTINCT {task}
RETURN {task}
