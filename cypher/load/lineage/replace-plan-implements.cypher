// A plan's plan-level IMPLEMENTS, replaced as a whole; a target the graph lacks becomes a placeholder (loaded: false).
MATCH (p:Plan {id: $planId})
OPTIONAL MATCH (p)-[old:IMPLEMENTS]->(:Plan)
DELETE old
WITH DISTINCT p
UNWIND $links AS l
MERGE (t:Plan {id: l.targetId})
ON CREATE SET t.title = l.targetTitle, t.titleKey = l.targetTitleKey, t.loaded = false, t.searchText = l.targetSearchText
SET t.docNumber = coalesce(t.docNumber, l.targetDocNumber)
CREATE (p)-[r:IMPLEMENTS]->(t)
SET r.score = l.score, r.method = l.method, r.evidence = l.evidence, r.sortKey = l.sortKey
