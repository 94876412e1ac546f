// A plan's task links, except those with plans already compared with it in this run.
MATCH (t:Task {planId: $planId})-[r:SAME_TASK_AS|IMPLEMENTS]-(u:Task)
WHERE NOT u.planId IN $keep
DELETE r
