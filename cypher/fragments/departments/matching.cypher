// Query.departments: the departments a filter may match, through the most selective index
// it allows: the TEXT index on searchText (name), else the type index, else the region's
// bodies, else every department; one branch per way, as cypher/queries/departments/page.cypher.
WITH CASE
    WHEN $name IS NOT NULL THEN 'name'
    WHEN $type IS NOT NULL THEN 'type'
    WHEN $regionId IS NOT NULL THEN 'region'
    ELSE 'all' END AS {way}
CALL ({way}) {
  UNWIND CASE {way} WHEN 'name' THEN [true] ELSE [] END AS {byName}
  MATCH ({department}:Department) WHERE {department}.searchText CONTAINS $name
  RETURN {department}
  UNION ALL
  UNWIND CASE {way} WHEN 'type' THEN [$type] ELSE [] END AS {wantedType}
  MATCH ({department}:Department {type: {wantedType}})
  RETURN {department}
  UNION ALL
  UNWIND CASE {way} WHEN 'region' THEN [$regionId] ELSE [] END AS {regionId}
  MATCH (:Region {id: {regionId}})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-({department}:Department)
  RETURN {department}
  UNION ALL
  UNWIND CASE {way} WHEN 'all' THEN [true] ELSE [] END AS {everyDepartment}
  MATCH ({department}:Department)
  RETURN {department}
}
RETURN {department}
