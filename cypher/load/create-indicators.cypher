UNWIND $indicators AS i
MATCH (p:Plan {id: i.planId})
CREATE (n:Indicator)
SET n = i
CREATE (n)-[:IN_PLAN]->(p)
