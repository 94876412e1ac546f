MATCH (:Plan {id: $planId})-[c:CITES]->()
DELETE c
