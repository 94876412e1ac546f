// Audit workbook, sheet 无牵头单位的任务: tasks and sub-tasks with no lead unit of their
// own or of an enclosing task, among the plans that print unit clauses at all. In a plan
// that never names units, every task lacks a lead by construction: listing them would
// bury the real gaps (the 规划 sheet shows which plans print unit clauses).
MATCH (t:Task)
WHERE t.kind IN ['TASK', 'SUBTASK'] AND ($after IS NULL OR t.sortKey > $after[0])
  AND EXISTS { MATCH (:Department)-[:LEADS|RESPONSIBLE_FOR]->(:Task {planId: t.planId}) }
  AND NOT EXISTS { MATCH (t)-[:CHILD_OF*0..]->(:Task)<-[:LEADS]-(:Department) }
WITH t ORDER BY t.sortKey LIMIT $limit
MATCH (p:Plan {id: t.planId})
WITH t, p,
     COLLECT { MATCH (d:Department)-[r:RESPONSIBLE_FOR]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS responsible,
     COLLECT { MATCH (d:Department)-[r:NAMED_AS_ACTING]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS namedAsActing
RETURN [t.sortKey] AS key,
       {planTitle: p.title, id: t.id, path: t.path, number: t.number, title: t.title, responsible: responsible, namedAsActing: namedAsActing,
        deadlines: t.deadlines, sourceFile: t.sourceFile, sourceLine: t.sourceLine} AS row
