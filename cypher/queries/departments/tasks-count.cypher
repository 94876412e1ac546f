UNWIND $keys AS key
CALL {
  WITH key
  MATCH (:Department {id: key})-[r]->(t:Task)
  WHERE type(r) = $relation
  RETURN count(DISTINCT t) AS total
}
RETURN key, total
