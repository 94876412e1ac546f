// Member task ids of the given groups.
UNWIND $groupIds AS gid
MATCH (:LineageGroup {id: gid})<-[:IN_GROUP]-(t:Task)
RETURN collect(DISTINCT t.id) AS taskIds
