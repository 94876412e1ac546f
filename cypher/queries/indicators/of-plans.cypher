// Every indicator row of each plan, in table order.
UNWIND $ids AS key
MATCH (i:Indicator {planId: key})
RETURN key, i {.*} AS node
ORDER BY key, i.sortKey
