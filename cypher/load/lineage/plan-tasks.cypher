// Every task of the given plans, as lineage reads them (with its source span, which evidence quotes).
UNWIND $planIds AS planId
MATCH (t:Task {planId: planId})
RETURN t {.id, .planId, .kind, .path, .title, .text, .parentId, .sortKey, .sourceText, .sourceLine} AS task
ORDER BY t.sortKey
