// Of the documents the replaced version cited ($ids, from plan-cited), the placeholders that
// no plan cites any more, nor implements: a plan may implement a document it does not cite
// (lineage's implicit-basis rule, src/lineage/basis.ts).
UNWIND $ids AS id
MATCH (p:Plan {id: id, loaded: false})
WHERE NOT ()-[:CITES|IMPLEMENTS]->(p)
DETACH DELETE p
