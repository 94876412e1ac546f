// Query.indicators: the rows a filter may match, through the most selective index it allows:
// the plan, else the TEXT index on concept, else the plans of the region, else every row;
// one branch per way, as cypher/queries/indicators/page.cypher.
WITH CASE
    WHEN $planId IS NOT NULL THEN 'plan'
    WHEN $concept IS NOT NULL THEN 'concept'
    WHEN $regionId IS NOT NULL THEN 'region'
    ELSE 'all' END AS {way}
CALL ({way}) {
  UNWIND CASE {way} WHEN 'plan' THEN [$planId] ELSE [] END AS {planId}
  MATCH ({indicator}:Indicator {planId: {planId}})
  RETURN {indicator}
  UNION ALL
  UNWIND CASE {way} WHEN 'concept' THEN [true] ELSE [] END AS {byConcept}
  MATCH ({indicator}:Indicator) WHERE {indicator}.concept CONTAINS $concept
  RETURN {indicator}
  UNION ALL
  UNWIND CASE {way} WHEN 'region' THEN [$regionId] ELSE [] END AS {regionId}
  MATCH (:Region {id: {regionId}})<-[:PART_OF*0..]-(:Region)<-[:OF_REGION]-({plan}:Plan)
  MATCH ({indicator}:Indicator {planId: {plan}.id})
  RETURN {indicator}
  UNION ALL
  UNWIND CASE {way} WHEN 'all' THEN [true] ELSE [] END AS {everyRow}
  MATCH ({indicator}:Indicator)
  RETURN {indicator}
}
RETURN {indicator}
