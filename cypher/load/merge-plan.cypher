// The loaded plan. A placeholder made earlier for a citation of the same document is
// folded into it: same title key, or same 文号 (a document cited by number under a
// shorter title; compared by key, whatever its script or brackets). Its incoming CITES and lineage IMPLEMENTS move here, then it is removed.
MERGE (p:Plan {id: $plan.id})
SET p = $plan
WITH p
MATCH (r:Region {id: $plan.regionId})
MERGE (p)-[:OF_REGION]->(r)
WITH p
OPTIONAL MATCH (placeholder:Plan {loaded: false})
WHERE placeholder.titleKey = p.titleKey OR (p.docNumberKey IS NOT NULL AND placeholder.docNumberKey = p.docNumberKey)
CALL {
  WITH p, placeholder
  OPTIONAL MATCH (citer:Plan)-[old:CITES|IMPLEMENTS]->(placeholder)
  WHERE citer <> p
  FOREACH (_ IN CASE WHEN type(old) = 'CITES' THEN [1] ELSE [] END |
    MERGE (citer)-[moved:CITES {seq: old.seq}]->(p)
    SET moved = properties(old))
  FOREACH (_ IN CASE WHEN type(old) = 'IMPLEMENTS' THEN [1] ELSE [] END |
    MERGE (citer)-[moved:IMPLEMENTS]->(p)
    SET moved = properties(old))
  RETURN count(old) AS moved
}
WITH p, collect(DISTINCT placeholder) AS placeholders
FOREACH (x IN placeholders | DETACH DELETE x)
RETURN p.id AS id
