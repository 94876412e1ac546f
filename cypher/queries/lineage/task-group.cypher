UNWIND $ids AS key
MATCH (:Task {id: key})-[:IN_GROUP]->(g:LineageGroup)
RETURN key, g {.*} AS node
