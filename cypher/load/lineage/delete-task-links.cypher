// A plan's task links, except those with plans already compared with it in this run; returns the SAME_TASK_AS deleted (groups are built from them).
MATCH (t:Task {planId: $planId})-[r:SAME_TASK_AS|IMPLEMENTS]-(u:Task)
WHERE NOT u.planId IN $keep
WITH r, CASE WHEN type(r) = 'SAME_TASK_AS' THEN {a: startNode(r).id, b: endNode(r).id, score: r.score, phrases: r.phrases} END AS same
DELETE r
RETURN collect(same) AS deleted
