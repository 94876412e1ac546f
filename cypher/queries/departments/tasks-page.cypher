// A page of the tasks each department is tied to by $relation (LEADS, RESPONSIBLE_FOR, NAMED_AS_ACTING).
UNWIND $keys AS key
CALL {
  WITH key
  MATCH (:Department {id: key})-[r]->(t:Task)
  WHERE type(r) = $relation AND ($after IS NULL OR t.sortKey > $after)
  WITH DISTINCT t ORDER BY t.sortKey LIMIT $limit
  RETURN collect(t {.*}) AS nodes
}
RETURN key, nodes
