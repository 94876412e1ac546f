// 牵头单位 → LEADS, 责任单位 → RESPONSIBLE_FOR, each with the name as printed and its source.
UNWIND $edges AS e
MATCH (d:Department {id: e.departmentId}), (t:Task {id: e.taskId})
FOREACH (_ IN CASE WHEN e.role = 'LEAD' THEN [1] ELSE [] END | CREATE (d)-[r:LEADS]->(t) SET r = e)
FOREACH (_ IN CASE WHEN e.role = 'RESPONSIBLE' THEN [1] ELSE [] END | CREATE (d)-[r:RESPONSIBLE_FOR]->(t) SET r = e)
