// Drops the affected groups and writes their recomputed successors, with members and the plans they span (SPANS names the member task).
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
  MERGE (g)-[s:SPANS]->(p)
  SET s.taskId = t.id
  RETURN count(*) AS members
}
RETURN count(g) AS written
