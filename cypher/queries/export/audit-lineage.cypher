// Audit workbook, sheet 传承关系: every lineage link with the titles of both ends and of
// their plans, in the order of the lineage export. The evidence lines are composed as
// GraphQL composes them (src/exports/lineage-row.ts).
MATCH (a)-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(b)
WHERE (a:Task AND b:Task) OR (a:Plan AND b:Plan AND type(r) = 'IMPLEMENTS')
WITH a, r, b, coalesce(r.sortKey, a.id + '|' + type(r) + '|' + b.id) AS linkKey
WHERE $after IS NULL OR linkKey > $after[0]
WITH a, r, b, linkKey ORDER BY linkKey LIMIT $limit
OPTIONAL MATCH (ap:Plan {id: coalesce(a.planId, a.id)})
OPTIONAL MATCH (bp:Plan {id: coalesce(b.planId, b.id)})
RETURN [linkKey] AS key,
       r {.*, relation: type(r), level: CASE WHEN a:Task THEN 'TASK' ELSE 'PLAN' END,
          fromId: a.id, fromPlanId: coalesce(a.planId, a.id), toId: b.id, toPlanId: coalesce(b.planId, b.id),
          fromPlanTitle: ap.title, fromTitle: CASE WHEN a:Task THEN a.title END,
          toPlanTitle: bp.title, toTitle: CASE WHEN b:Task THEN b.title END} AS row
