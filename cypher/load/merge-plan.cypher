// The loaded plan. A placeholder made earlier for a citation of the same title is
// folded into it: its incoming citations move here, then it is removed.
MERGE (p:Plan {id: $plan.id})
SET p = $plan
WITH p
MATCH (r:Region {id: $plan.regionId})
MERGE (p)-[:OF_REGION]->(r)
WITH p
OPTIONAL MATCH (placeholder:Plan {titleKey: p.titleKey, loaded: false})
OPTIONAL MATCH (citer:Plan)-[old:CITES]->(placeholder)
FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END |
  MERGE (citer)-[moved:CITES]->(p)
  SET moved = properties(old))
WITH p, collect(DISTINCT placeholder) AS placeholders
FOREACH (x IN placeholders | DETACH DELETE x)
RETURN p.id AS id
