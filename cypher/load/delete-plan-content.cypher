// Removes what a previous version of this document contributed: its tasks (with their
// unit edges), indicators and the ACTS_AS edges its units stated. Departments and regions
// are shared; the orphans among those it named go afterwards.
CALL {
  MATCH (:Task {planId: $planId})<--(:Department)-[r:ACTS_AS {planId: $planId}]->(:Department)
  WITH DISTINCT r
  DELETE r
}
MATCH (n:Task|Indicator)
WHERE n.planId = $planId
DETACH DELETE n
