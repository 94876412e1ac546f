// Every lineage link of each task, either direction, with the task at the other end: SAME_TASK_AS, IMPLEMENTS,
// COVERS (read as PART_OF from its item) and ELABORATES (within the plan).
UNWIND $ids AS key
MATCH (t:Task {id: key})-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]-(o:Task)
RETURN key, r {.*, relation: type(r), outgoing: startNode(r) = t, from: t {.*}, other: o {.*}} AS node
ORDER BY key, r.score DESC, o.id
