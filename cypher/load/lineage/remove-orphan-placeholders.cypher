// Placeholders that nothing cites or implements any more.
MATCH (p:Plan {loaded: false})
WHERE NOT ()-[:CITES|IMPLEMENTS]->(p)
DETACH DELETE p
