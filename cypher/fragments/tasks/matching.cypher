// Query.tasks: the tasks a filter may match, through the most selective index it allows:
// the plan, else the department's ties, else the TEXT index on searchText, else the plans
// of the region, else every task. Each way stands in its own branch behind an UNWIND that
// yields a row only for the chosen way, so the others never run; tasks/filter then applies
// every condition. (As cypher/queries/tasks/page.cypher, without its batch key.)
WITH CASE
    WHEN $planId IS NOT NULL THEN 'plan'
    WHEN $departmentId IS NOT NULL THEN 'department'
    WHEN $text IS NOT NULL THEN 'text'
    WHEN $regionId IS NOT NULL THEN 'region'
    ELSE 'all' END AS {way}
CALL ({way}) {
  UNWIND CASE {way} WHEN 'plan' THEN [$planId] ELSE [] END AS {planId}
  MATCH ({task}:Task {planId: {planId}})
  RETURN {task}
  UNION ALL
  UNWIND CASE {way} WHEN 'department' THEN [$departmentId] ELSE [] END AS {departmentId}
  MATCH (:Department {id: {departmentId}})-[:LEADS|RESPONSIBLE_FOR]->({task}:Task)
  RETURN DISTINCT {task}
  UNION ALL
  UNWIND CASE {way} WHEN 'text' THEN [true] ELSE [] END AS {byText}
  MATCH ({task}:Task) WHERE {task}.searchText CONTAINS $text
  RETURN {task}
  UNION ALL
  UNWIND CASE {way} WHEN 'region' THEN [$regionId] ELSE [] END AS {regionId}
  MATCH (:Region {id: {regionId}})<-[:PART_OF*0..]-(:Region)<-[:OF_REGION]-({plan}:Plan)
  MATCH ({task}:Task {planId: {plan}.id})
  RETURN {task}
  UNION ALL
  UNWIND CASE {way} WHEN 'all' THEN [true] ELSE [] END AS {everyTask}
  MATCH ({task}:Task)
  RETURN {task}
}
RETURN {task}
