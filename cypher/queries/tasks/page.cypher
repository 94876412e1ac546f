// A page of tasks per key (a plan id, or null for all plans) that meet the filter,
// in document order, seeking past the cursor. Keep the filter in step with count.cypher.
// A plan's tasks come through the task_plan index; only a null key reads every task.
// Each EXISTS stands alone in its disjunct behind its parameter check, so a filter
// that is off costs nothing per task.
UNWIND $keys AS key
CALL {
  WITH key
  CALL {
    WITH key
    WITH key WHERE key IS NOT NULL
    MATCH (t:Task {planId: key})
    RETURN t
    UNION ALL
    // Only a null key reads every task; UNWIND makes the scan run for no other row.
    WITH key
    UNWIND CASE WHEN key IS NULL THEN [true] ELSE [] END AS everyPlan
    MATCH (t:Task)
    RETURN t
  }
  WITH t
  WHERE ($after IS NULL OR t.sortKey > $after)
  AND ($planId IS NULL OR t.planId = $planId)
  AND ($kind IS NULL OR t.kind = $kind)
  AND ($dueBy IS NULL OR any(y IN t.deadlines WHERE y <= $dueBy))
  AND ($text IS NULL OR t.searchText CONTAINS $text)
  AND ($regionId IS NULL OR EXISTS { (t)-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  AND ($hasLead IS NULL OR ($hasLead = true AND EXISTS { (:Department)-[:LEADS]->(t) }) OR ($hasLead = false AND NOT EXISTS { (:Department)-[:LEADS]->(t) }))
  AND ($role IS NULL OR $departmentId IS NOT NULL OR ($role = 'LEAD' AND EXISTS { (:Department)-[:LEADS]->(t) }) OR ($role = 'RESPONSIBLE' AND EXISTS { (:Department)-[:RESPONSIBLE_FOR]->(t) }) OR ($role = 'ANY' AND EXISTS { (:Department)-[:LEADS|RESPONSIBLE_FOR]->(t) }))
  AND ($departmentId IS NULL
       OR ($role IN ['LEAD', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:LEADS]->(t) })
       OR ($role IN ['RESPONSIBLE', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:RESPONSIBLE_FOR]->(t) }))
  WITH t ORDER BY t.sortKey LIMIT $limit
  RETURN collect(t {.*}) AS nodes
}
RETURN key, nodes
