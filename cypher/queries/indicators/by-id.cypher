UNWIND $ids AS key
MATCH (i:Indicator {id: key})
RETURN key, i {.*} AS node
