// TaskFilter.role alone: tasks having a unit in that role (with departmentId, see department-id.cypher)
($role IS NULL OR $departmentId IS NOT NULL OR ($role = 'LEAD' AND EXISTS { (:Department)-[:LEADS]->({task}) }) OR ($role = 'RESPONSIBLE' AND EXISTS { (:Department)-[:RESPONSIBLE_FOR]->({task}) }) OR ($role = 'ANY' AND EXISTS { (:Department)-[:LEADS|RESPONSIBLE_FOR]->({task}) }))
