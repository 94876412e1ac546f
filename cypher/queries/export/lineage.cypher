// A batch of the lineage export: one row per link, (:Task)-[:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(:Task)
// and (:Plan)-[:IMPLEMENTS]->(:Plan), in the links' own sortKey order (document order of
// the start: a task's sortKey|relation|end id, a plan's id|end id; see src/lineage/link-rows.ts).
// The row is the stored link; src/exports/lineage-row.ts turns it into the columns.
MATCH (a)-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(b)
WHERE (a:Task AND b:Task) OR (a:Plan AND b:Plan AND type(r) = 'IMPLEMENTS')
WITH a, r, b, coalesce(r.sortKey, a.id + '|' + type(r) + '|' + b.id) AS linkKey
WHERE $after IS NULL OR linkKey > $after[0]
WITH a, r, b, linkKey ORDER BY linkKey LIMIT $limit
RETURN [linkKey] AS key,
       r {.*, relation: type(r), level: CASE WHEN a:Task THEN 'TASK' ELSE 'PLAN' END,
          fromId: a.id, fromPlanId: coalesce(a.planId, a.id), toId: b.id, toPlanId: coalesce(b.planId, b.id)} AS row
