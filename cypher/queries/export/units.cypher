// A batch of the units export: one row per task × department × relation (Task.units
// flattened), tasks in document order and, within a task, in printed order. The cursor
// key is [task sortKey, unit key]; the unit key (offset, relation, department) is unique
// within a task because every printed mention is its own edge.
MATCH (t:Task)
WHERE $after IS NULL OR t.sortKey >= $after[0]
MATCH (d:Department)-[r:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->(t)
WITH t, d, r, right('000000000' + toString(r.sourceStartOffset), 10) + '|' + type(r) + '|' + d.id AS unitKey
WHERE $after IS NULL OR t.sortKey > $after[0] OR unitKey > $after[1]
WITH t, d, r, unitKey ORDER BY t.sortKey, unitKey LIMIT $limit
RETURN [t.sortKey, unitKey] AS key,
       {taskId: t.id, planId: t.planId, relation: type(r),
        departmentId: d.id, departmentName: d.name, departmentType: d.type,
        printedName: r.printed, roleText: r.roleText, convention: r.convention, phrase: r.phrase,
        sourceFile: r.sourceFile, sourceLine: r.sourceLine, sourceEndLine: r.sourceEndLine,
        sourceStartOffset: r.sourceStartOffset, sourceEndOffset: r.sourceEndOffset, sourcePage: r.sourcePage, sourceText: r.sourceText} AS row
