// COVERS: a section or 专栏 box of one plan covers an item of another; stored from the container, properties flat.
UNWIND $links AS l
MATCH (a:Task {id: l.fromId}), (b:Task {id: l.toId})
CREATE (a)-[r:COVERS]->(b)
SET r = l.props
