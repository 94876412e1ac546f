// ELABORATES: a 专栏 box details a task of its own plan.
UNWIND $links AS l
MATCH (a:Task {id: l.fromId}), (b:Task {id: l.toId})
CREATE (a)-[r:ELABORATES]->(b)
SET r = l.props
