// Task.children: the items directly inside, in document order.
MATCH ({task})<-[:CHILD_OF]-({child}:Task)
WITH {child} ORDER BY {child}.sortKey
RETURN {child}
