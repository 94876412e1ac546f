// SAME_TASK_AS, stored from the task of the smaller plan id; properties are flat (Neo4j has no map properties).
UNWIND $links AS l
MATCH (a:Task {id: l.fromId}), (b:Task {id: l.toId})
CREATE (a)-[r:SAME_TASK_AS]->(b)
SET r = l.props
