// Task.parent: the enclosing outline item.
MATCH ({task})-[:CHILD_OF]->({parent}:Task)
RETURN {parent}
