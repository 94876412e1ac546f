// The bodies each department also acts as, where a plan prints it as A(B)
// (区市场监管局(区药监局): the market regulator also acting as the drug regulator).
// One ACTS_AS edge per plan that says so: each body listed once.
UNWIND $ids AS key
MATCH (:Department {id: key})-[:ACTS_AS]->(d:Department)
WITH DISTINCT key, d
RETURN key, d {.id, .name, .aliases, .type, .collective, .regionId, .sortKey} AS node
ORDER BY key, d.sortKey
