UNWIND $ids AS key
MATCH (:Task {id: key})<-[:CHILD_OF]-(t:Task)
RETURN key, t {.*} AS node
ORDER BY key, t.sortKey
