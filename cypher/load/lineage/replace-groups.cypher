// Drops the affected groups and writes their recomputed successors, with members and the plans they span (one SPANS
// per member task: a group may hold several tasks of one plan).
OPTIONAL MATCH (old:LineageGroup)
WHERE old.id IN $oldIds
DETACH DELETE old
WITH count(*) AS dropped
UNWIND $groups AS grp
MERGE (g:LineageGroup {id: grp.id})
SET g.label = grp.label, g.size = grp.size, g.planCount = grp.planCount, g.sortKey = grp.sortKey,
    g.conceptKeys = grp.conceptKeys, g.conceptCounts = grp.conceptCounts
WITH g, grp
CALL {
  WITH g, grp
  UNWIND grp.taskIds AS tid
  MATCH (t:Task {id: tid}), (p:Plan {id: t.planId})
  MERGE (t)-[:IN_GROUP]->(g)
  MERGE (g)-[:SPANS {taskId: t.id}]->(p)
  RETURN count(*) AS members
}
RETURN count(g) AS written
