// Groups that span the plan but hold none of its tasks: the loader replaced them (a reload), so they lost a member and its links.
// SPANS names the task the group held; when a task of that id is back, it is returned to rejoin (null for a group stored without it).
MATCH (x:Plan {id: $planId})
CALL {
  WITH x
  MATCH (x)<-[s:SPANS]-(g:LineageGroup)
  RETURN collect({groupId: g.id, taskId: s.taskId}) AS spanning
}
CALL {
  MATCH (:Task {planId: $planId})-[:IN_GROUP]->(g:LineageGroup)
  RETURN collect(g.id) AS kept
}
UNWIND [s IN spanning WHERE NOT s.groupId IN kept] AS stale
OPTIONAL MATCH (t:Task {id: stale.taskId})
WHERE NOT EXISTS { (t)-[:IN_GROUP]->() }
RETURN stale.groupId AS groupId, t.id AS taskId
