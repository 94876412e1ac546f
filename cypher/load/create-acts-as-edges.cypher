// A unit printed as A(B) (区市场监管局(区药监局)) is one body, A, that also acts as B: the unit
// edges go to A, and A -[ACTS_AS]-> B lets a question about B (the drug regulator) reach A's tasks.
// One edge per pair and plan, with the plan and the first printing: a reload replaces its own.
UNWIND $edges AS e
MATCH (a:Department {id: e.departmentId}), (b:Department {id: e.actsAsId})
CREATE (a)-[r:ACTS_AS]->(b)
SET r = e
