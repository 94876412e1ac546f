// Drops the affected groups and writes their recomputed successors, with members and the plans they span.
OPTIONAL MATCH (old:LineageGroup)
WHERE old.id IN $oldIds
DETACH DELETE old
WITH count(*) AS dropped
UNWIND $groups AS grp
MERGE (g:LineageGroup {id: grp.id})
SET g.label = grp.label, g.size = grp.size, g.planCount = grp.planCount, g.sortKey = grp.sortKey
WITH g, grp
CALL {
  WITH g, grp
  UNWIND grp.taskIds AS tid
  MATCH (t:Task {id: tid})
  MERGE (t)-[:IN_GROUP]->(g)
  RETURN count(*) AS members
}
CALL {
  WITH g, grp
  UNWIND grp.planIds AS pid
  MATCH (p:Plan {id: pid})
  MERGE (g)-[:SPANS]->(p)
  RETURN count(*) AS plans
}
RETURN count(g) AS written
