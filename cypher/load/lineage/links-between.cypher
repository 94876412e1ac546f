// The group-forming links (SAME_TASK_AS, ELABORATES, a grouping COVERS) stored from the members
// of $fromGroups and the tasks $fromTasks to the members of $toGroups and the tasks $toTasks, with
// the group of each end (group-merge.ts: what earlier plans left between the parts a merge weighs).
CALL {
  UNWIND $fromGroups AS gid
  MATCH (:LineageGroup {id: gid})<-[:IN_GROUP]-(t:Task)
  RETURN t
  UNION
  UNWIND $fromTasks AS id
  MATCH (t:Task {id: id})
  RETURN t
}
MATCH (t)-[r:SAME_TASK_AS|ELABORATES|COVERS]-(u:Task)
WHERE (type(r) <> 'COVERS' OR r.grouping)
  AND (u.id IN $toTasks OR EXISTS { (u)-[:IN_GROUP]->(g:LineageGroup) WHERE g.id IN $toGroups })
RETURN elementId(r) AS rel, t.id AS a, [(t)-[:IN_GROUP]->(g:LineageGroup) | g.id][0] AS aGroup,
       u.id AS b, [(u)-[:IN_GROUP]->(h:LineageGroup) | h.id][0] AS bGroup
