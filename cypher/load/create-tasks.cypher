UNWIND $tasks AS t
MATCH (p:Plan {id: t.planId})
CREATE (n:Task)
SET n = t
CREATE (n)-[:IN_PLAN]->(p)
