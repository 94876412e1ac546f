// TaskFilter.departmentId: tasks the department holds $role in (ANY unless given)
($departmentId IS NULL
  OR ($role IN ['LEAD', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:LEADS]->({task}) })
  OR ($role IN ['RESPONSIBLE', 'ANY'] AND EXISTS { (:Department {id: $departmentId})-[:RESPONSIBLE_FOR]->({task}) }))
