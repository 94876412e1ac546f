// The top of each plan's outline: its items without a parent, in document order.
UNWIND $ids AS key
MATCH (t:Task {planId: key})
WHERE NOT (t)-[:CHILD_OF]->()
RETURN key, t {.*} AS node
ORDER BY key, t.sortKey
