// How many tasks per key meet the filter. Keep the filter in step with page.cypher.
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
  WHERE ($planId IS NULL OR t.planId = $planId)
  AND ($kind IS NULL OR t.kind = $kind)
  AND ($dueBy IS NULL OR any(y IN t.deadlines WHERE y <= $dueBy))
  AND ($text IS NULL OR t.searchText CONTAINS $text)
  AND ($regionId IS NULL OR EXISTS { (t)-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  AND ($hasLead IS NULL OR ($hasLead = true AND EXISTS { (:Department)-[:LEADS]->(t) }) OR ($hasLead = false AND NOT EXISTS { (:Department)-[:LEADS]->(t) }))
  AND ($role IS NULL OR $departmentId IS NOT NULL OR ($role = 'LEAD' AND EXISTS { (:Department)-[:LEADS]->(t) }) OR ($role = 'RESPONSIBLE' AND EXISTS { (:Department)-[:RESPONSIBLE_FOR]->(t) }) OR ($role = 'ANY' AND EXISTS { (:Department)-[:LEADS|RESPONSIBLE_FOR]->(t) }))
  AND ($departmentId IS NULL
       OR ($role IN ['LEAD', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:LEADS]->(t) })
       OR ($role IN ['RESPONSIBLE', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:RESPONSIBLE_FOR]->(t) }))
  RETURN count(t) AS total
}
RETURN key, total
