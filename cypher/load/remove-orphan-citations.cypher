// Placeholders that no plan cites any more.
MATCH (p:Plan {loaded: false})
WHERE NOT ()-[:CITES]->(p)
DETACH DELETE p
