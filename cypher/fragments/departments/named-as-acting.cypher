// Department.namedAsActing: the tasks whose text names it as acting.
MATCH ({department})-[:NAMED_AS_ACTING]->({task}:Task)
WITH DISTINCT {task}
RETURN {task}
