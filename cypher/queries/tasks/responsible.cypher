// Responsible units (责任单位) of each task, in printed order.
UNWIND $ids AS key
MATCH (d:Department)-[r:RESPONSIBLE_FOR]->(:Task {id: key})
RETURN key, d {.*} AS node
ORDER BY key, r.sourceStartOffset
