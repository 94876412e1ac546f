UNWIND $ids AS key
MATCH (g:LineageGroup {id: key})
RETURN key, g {.*} AS node
