// Audit workbook narrowed to one department (?departmentId=, the auditors' page's
// dossier), sheet 任务与单位: the tasks it leads or shares under the same conditions as
// export/department-tasks, with the columns of export/audit-tasks.
MATCH (:Department {id: $departmentId})-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)
WHERE ($role = 'ANY' OR ($role = 'LEAD' AND type(r) = 'LEADS') OR ($role = 'RESPONSIBLE' AND type(r) = 'RESPONSIBLE_FOR'))
  AND ($planId IS NULL OR t.planId = $planId)
  AND ($dueBy IS NULL OR any(y IN t.deadlines WHERE y <= $dueBy))
  AND ($after IS NULL OR t.sortKey > $after[0])
WITH DISTINCT t ORDER BY t.sortKey LIMIT $limit
MATCH (p:Plan {id: t.planId})
OPTIONAL MATCH (t)-[:CHILD_OF]->(parent:Task)
WITH t, p, parent,
     COLLECT { MATCH (d:Department)-[r:LEADS]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS lead,
     COLLECT { MATCH (d:Department)-[r:RESPONSIBLE_FOR]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS responsible,
     COLLECT { MATCH (d:Department)-[r:NAMED_AS_ACTING]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS namedAsActing
RETURN [t.sortKey] AS key,
       {planTitle: p.title, id: t.id, kind: t.kind, path: t.path, number: t.number, parentTitle: parent.title, title: t.title, lead: lead, responsible: responsible, namedAsActing: namedAsActing,
        deadlines: t.deadlines, sourceFile: t.sourceFile, sourceLine: t.sourceLine, text: t.text} AS row
ORDER BY t.sortKey
