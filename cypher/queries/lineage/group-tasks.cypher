// The tasks of each group, plan by plan.
UNWIND $ids AS key
MATCH (:LineageGroup {id: key})<-[:IN_GROUP]-(t:Task)
RETURN key, t {.*} AS node
ORDER BY key, t.sortKey
