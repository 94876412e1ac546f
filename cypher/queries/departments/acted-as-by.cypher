// The departments that plans print as also acting as each department (the reverse of acts-as):
// a question about the drug regulator reaches the market regulator that acts for it.
UNWIND $ids AS key
MATCH (:Department {id: key})<-[:ACTS_AS]-(d:Department)
WITH DISTINCT key, d
RETURN key, d {.id, .name, .aliases, .type, .collective, .regionId, .sortKey} AS node
ORDER BY key, d.sortKey
