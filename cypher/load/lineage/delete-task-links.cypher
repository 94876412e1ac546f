// A plan's task links, except those with plans already compared with it in this run (a plan's own ELABORATES always
// go); returns the group-forming links deleted (SAME_TASK_AS, a box's COVERS, ELABORATES): groups are built from them.
MATCH (t:Task {planId: $planId})-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]-(u:Task)
WHERE u.planId = $planId OR NOT u.planId IN $keep
WITH DISTINCT r
WITH r, CASE WHEN type(r) = 'SAME_TASK_AS' OR type(r) = 'ELABORATES' OR (type(r) = 'COVERS' AND r.grouping)
          THEN {a: startNode(r).id, b: endNode(r).id, score: r.score, phrases: coalesce(r.phrases, [])} END AS grouping
DELETE r
RETURN collect(grouping) AS deleted
