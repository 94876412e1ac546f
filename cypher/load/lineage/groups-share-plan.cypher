// Whether the smaller set of groups spans a plan the larger set spans: the smaller set's plans are listed, the larger's probed.
UNWIND $smaller AS sid
MATCH (:LineageGroup {id: sid})-[:SPANS]->(p:Plan)
WHERE EXISTS {
  MATCH (p)<-[:SPANS]-(g:LineageGroup)
  WHERE g.id IN $larger
}
RETURN p.id AS planId
LIMIT 1
