// Each task's upstream chain: IMPLEMENTS hops up to 5 deep, each hop once at its smallest depth.
UNWIND $ids AS key
MATCH p = (:Task {id: key})-[:IMPLEMENTS*1..5]->(:Task)
WITH key, last(relationships(p)) AS r, length(p) AS depth
WITH key, r, min(depth) AS depth
RETURN key, r {.*, relation: 'IMPLEMENTS', outgoing: true, depth: depth, from: properties(startNode(r)), other: properties(endNode(r))} AS node
ORDER BY key, depth, r.score DESC, r.sortKey
