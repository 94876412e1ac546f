// Removes what a previous version of this document contributed: its tasks (with their
// unit edges) and indicators. Departments and regions are shared; orphans go afterwards.
MATCH (n:Task|Indicator)
WHERE n.planId = $planId
DETACH DELETE n
