// Every task of the given plans, as lineage reads them.
UNWIND $planIds AS planId
MATCH (t:Task {planId: planId})
RETURN t {.id, .planId, .kind, .path, .title, .text, .parentId, .sortKey} AS task
ORDER BY t.sortKey
