// Placeholders that no plan cites any more, nor implements: a plan may implement a
// document it does not cite (lineage's implicit-basis rule, src/lineage/basis.ts).
MATCH (p:Plan {loaded: false})
WHERE NOT ()-[:CITES|IMPLEMENTS]->(p)
DETACH DELETE p
