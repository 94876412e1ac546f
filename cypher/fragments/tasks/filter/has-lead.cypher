// TaskFilter.hasLead
($hasLead IS NULL OR ($hasLead = true AND EXISTS { (:Department)-[:LEADS]->({task}) }) OR ($hasLead = false AND NOT EXISTS { (:Department)-[:LEADS]->({task}) }))
