// Audit workbook, sheet 任务与单位: every task, sub-task and 专栏 item (chapters and
// sections are headings, not tasks) with its units in printed order, deadline years and
// where it is printed. A department printed twice in one clause is listed once.
MATCH (t:Task)
WHERE t.kind IN ['TASK', 'SUBTASK', 'COLUMN_ITEM'] AND ($after IS NULL OR t.sortKey > $after[0])
WITH t ORDER BY t.sortKey LIMIT $limit
MATCH (p:Plan {id: t.planId})
OPTIONAL MATCH (t)-[:CHILD_OF]->(parent:Task)
WITH t, p, parent,
     COLLECT { MATCH (d:Department)-[r:LEADS]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS lead,
     COLLECT { MATCH (d:Department)-[r:RESPONSIBLE_FOR]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS responsible,
     COLLECT { MATCH (d:Department)-[r:NAMED_AS_ACTING]->(t) WITH d, min(r.sourceStartOffset) AS at ORDER BY at RETURN d.name } AS namedAsActing
RETURN [t.sortKey] AS key,
       {planTitle: p.title, id: t.id, kind: t.kind, path: t.path, number: t.number, parentTitle: parent.title, title: t.title, lead: lead, responsible: responsible, namedAsActing: namedAsActing,
        deadlines: t.deadlines, sourceFile: t.sourceFile, sourceLine: t.sourceLine, text: t.text} AS row
