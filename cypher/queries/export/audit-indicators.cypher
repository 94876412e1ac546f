// Audit workbook, sheet 指标: every indicator row, plan by plan in table order.
MATCH (i:Indicator)
WHERE $after IS NULL OR i.sortKey > $after[0]
WITH i ORDER BY i.sortKey LIMIT $limit
MATCH (p:Plan {id: i.planId})
RETURN [i.sortKey] AS key,
       {planTitle: p.title, table: i.table, category: i.category, name: i.name, concept: i.concept, unit: i.unit,
        baseline: i.baseline, target: i.target, attribute: i.attribute, notes: i.notes,
        sourceFile: i.sourceFile, sourceLine: i.sourceLine, id: i.id} AS row
