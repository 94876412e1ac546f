// The group-forming links (SAME_TASK_AS, ELABORATES, a grouping COVERS) stored between two parts
// of a merge (group-merge.ts): from the members of $fromGroups and the tasks $fromTasks (the
// smaller side, whose links are read) to the members of $toGroups and the tasks $toTasks.
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
RETURN t.id AS a, u.id AS b
