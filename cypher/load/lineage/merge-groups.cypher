// Merges by size: the kept group takes the absorbed groups' members and spans and the loose tasks (SPANS names the
// member task; a group may hold several tasks of one plan), the absorbed groups are then deleted, and the kept group
// counts the plans it spans.
UNWIND $merges AS m
MERGE (g:LineageGroup {id: m.id})
SET g.label = m.label, g.size = m.size, g.sortKey = m.sortKey,
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
    MERGE (g)-[:SPANS {taskId: s.taskId}]->(p)
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
  MERGE (g)-[:SPANS {taskId: t.id}]->(p)
  RETURN count(*) AS added
}
SET g.planCount = COUNT { MATCH (g)-[:SPANS]->(p:Plan) RETURN DISTINCT p }
RETURN count(g) AS written
