UNWIND $tasks AS t
WITH t WHERE t.parentId IS NOT NULL
MATCH (child:Task {id: t.id}), (parent:Task {id: t.parentId})
CREATE (child)-[:CHILD_OF]->(parent)
