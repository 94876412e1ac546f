UNWIND $ids AS key
MATCH (d:Department {id: key})
RETURN key, d {.*} AS node
