// Member task ids of each given group.
UNWIND $groupIds AS gid
MATCH (:LineageGroup {id: gid})<-[:IN_GROUP]-(t:Task)
RETURN gid AS groupId, collect(t.id) AS taskIds
