// Merges by size: the kept group takes the absorbed groups' members and plans and the loose tasks (SPANS names the member task), which all differ
// from its own (no shared plan), so relationships are created, not merged; the absorbed groups are then deleted.
UNWIND $merges AS m
MERGE (g:LineageGroup {id: m.id})
SET g.label = m.label, g.size = m.size, g.planCount = m.planCount, g.sortKey = m.sortKey,
    g.conceptKeys = m.conceptKeys, g.conceptCounts = m.conceptCounts
WITH g, m
CALL {
  WITH g, m
  UNWIND m.absorbed AS gid
  MATCH (o:LineageGroup {id: gid})
  CALL {
    WITH o, g
    MATCH (o)<-[:IN_GROUP]-(t:Task)
    CREATE (t)-[:IN_GROUP]->(g)
    RETURN count(*) AS moved
  }
  CALL {
    WITH o, g
    MATCH (o)-[s:SPANS]->(p:Plan)
    CREATE (g)-[:SPANS {taskId: s.taskId}]->(p)
    RETURN count(*) AS spanned
  }
  DETACH DELETE o
  RETURN count(*) AS absorbed
}
CALL {
  WITH g, m
  UNWIND m.looseTaskIds AS tid
  MATCH (t:Task {id: tid}), (p:Plan {id: t.planId})
  CREATE (t)-[:IN_GROUP]->(g)
  CREATE (g)-[:SPANS {taskId: t.id}]->(p)
  RETURN count(*) AS added
}
RETURN count(g) AS written
