// The weaker relation: the task text names the department as acting (会同…, 配合…, …部门负责).
UNWIND $edges AS e
MATCH (d:Department {id: e.departmentId}), (t:Task {id: e.taskId})
CREATE (d)-[r:NAMED_AS_ACTING]->(t)
SET r = e
