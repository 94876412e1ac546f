// What the graph holds of one plan: its content hash, and how many tasks and indicators
// the load recorded against how many are there now (unequal would mean a partial load).
OPTIONAL MATCH (p:Plan {id: $planId})
OPTIONAL MATCH (t:Task {planId: $planId})
WITH p, count(t) AS tasks
OPTIONAL MATCH (i:Indicator {planId: $planId})
RETURN p.contentHash AS contentHash, p.loaded AS loaded, p.loadedTasks AS expectedTasks, tasks,
       p.loadedIndicators AS expectedIndicators, count(i) AS indicators
