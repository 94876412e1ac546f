// Member titles of groups whose links share no specific concept: their label is the most common title.
UNWIND $groupIds AS gid
MATCH (:LineageGroup {id: gid})<-[:IN_GROUP]-(t:Task)
RETURN gid AS groupId, collect(t.title) AS titles
