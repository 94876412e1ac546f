// The departments the loaded version of a plan names, and the bodies they act as there:
// the only departments that replacing it can leave without a task. None for a new plan.
MATCH (:Task {planId: $planId})<--(d:Department)
WITH DISTINCT d
OPTIONAL MATCH (d)-[:ACTS_AS {planId: $planId}]->(b:Department)
WITH collect(d.id) + collect(b.id) AS ids
UNWIND ids AS id
RETURN DISTINCT id
