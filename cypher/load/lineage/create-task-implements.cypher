// Task IMPLEMENTS: from the local task to the upstream task it carries out.
UNWIND $links AS l
MATCH (a:Task {id: l.fromId}), (b:Task {id: l.toId})
CREATE (a)-[r:IMPLEMENTS]->(b)
SET r = l.props
