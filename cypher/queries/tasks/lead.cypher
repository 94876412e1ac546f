// Lead units (牵头单位) of each task, in printed order.
UNWIND $ids AS key
MATCH (d:Department)-[r:LEADS]->(:Task {id: key})
RETURN key, d {.*} AS node
ORDER BY key, r.sourceStartOffset
