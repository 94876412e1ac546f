// Query.tasks through the department's unit ties, when chosen (`$departmentId` given).
UNWIND CASE {way} WHEN 'department' THEN [$departmentId] ELSE [] END AS {departmentId}
MATCH (:Department {id: {departmentId}})-[:LEADS|RESPONSIBLE_FOR]->({task}:Task)
WITH DISTINCT {task}
RETURN {task}
