// Every unit assignment of each task with its role, the name as printed and where.
UNWIND $ids AS key
MATCH (d:Department)-[r:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->(:Task {id: key})
RETURN key, r {.*, relation: type(r), department: d {.*}} AS node
ORDER BY key, r.sourceStartOffset
