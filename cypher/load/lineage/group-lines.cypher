// The members of each given group with their lines (plan-lines.ts), only those of the given plans when $planIds is a list.
UNWIND $groupIds AS gid
MATCH (:LineageGroup {id: gid})<-[:IN_GROUP]-(t:Task)
WHERE $planIds IS NULL OR t.planId IN $planIds
RETURN gid AS groupId, t.id AS id, t.planId AS planId, t.lineageLine AS line, t.lineageAnchors AS anchors
