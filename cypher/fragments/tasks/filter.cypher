// TaskFilter on {task}: every condition given (a null parameter leaves its condition out).
($planId IS NULL OR {task}.planId = $planId)
AND ($kind IS NULL OR {task}.kind = $kind)
AND ($dueBy IS NULL OR any({year} IN {task}.deadlines WHERE {year} <= $dueBy))
AND ($text IS NULL OR {task}.searchText CONTAINS $text)
AND ($regionId IS NULL OR EXISTS { ({task})-[:IN_PLAN]->(:Plan)-[:OF_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
AND ($hasLead IS NULL OR ($hasLead = true AND EXISTS { (:Department)-[:LEADS]->({task}) }) OR ($hasLead = false AND NOT EXISTS { (:Department)-[:LEADS]->({task}) }))
AND ($role IS NULL OR $departmentId IS NOT NULL OR ($role = 'LEAD' AND EXISTS { (:Department)-[:LEADS]->({task}) }) OR ($role = 'RESPONSIBLE' AND EXISTS { (:Department)-[:RESPONSIBLE_FOR]->({task}) }) OR ($role = 'ANY' AND EXISTS { (:Department)-[:LEADS|RESPONSIBLE_FOR]->({task}) }))
AND ($departmentId IS NULL
     OR ($role IN ['LEAD', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:LEADS]->({task}) })
     OR ($role IN ['RESPONSIBLE', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:RESPONSIBLE_FOR]->({task}) }))
