// A batch of the tasks export narrowed to one department (?departmentId=, the auditors'
// page's dossier): the tasks it leads or shares ($role LEAD, RESPONSIBLE or ANY), of one
// plan ($planId) and with a deadline year at or before $dueBy when given, as TaskFilter
// reads the same fields; document order, seeking past the cursor key [sortKey]. Same
// columns as export/tasks.
MATCH (:Department {id: $departmentId})-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)
WHERE ($role = 'ANY' OR ($role = 'LEAD' AND type(r) = 'LEADS') OR ($role = 'RESPONSIBLE' AND type(r) = 'RESPONSIBLE_FOR'))
  AND ($planId IS NULL OR t.planId = $planId)
  AND ($dueBy IS NULL OR any(y IN t.deadlines WHERE y <= $dueBy))
  AND ($after IS NULL OR t.sortKey > $after[0])
WITH DISTINCT t ORDER BY t.sortKey LIMIT $limit
RETURN [t.sortKey] AS key,
       t {.id, .planId, .parentId, .kind, .number, .path, .title, .text, .deadlines, .schedule,
          sourceFile: t.sourceFile, sourceLine: t.sourceLine, sourceEndLine: t.sourceEndLine,
          sourceStartOffset: t.sourceStartOffset, sourceEndOffset: t.sourceEndOffset, sourcePage: t.sourcePage, sourceText: t.sourceText} AS row
