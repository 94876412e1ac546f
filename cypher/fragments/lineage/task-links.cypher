// Task.lineage: the task's links to tasks of other plans, either direction, best first.
// Yields the link with `other` (the task at the other end) for the compiler's row.
MATCH ({task})-[{link}:SAME_TASK_AS|IMPLEMENTS]-({other}:Task)
WHERE ($relation IS NULL OR type({link}) = $relation) AND {link}.score >= $minScore
WITH {link}, {other} ORDER BY {link}.score DESC, {other}.id
RETURN {link}
