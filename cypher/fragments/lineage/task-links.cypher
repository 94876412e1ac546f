// Task.lineage: the task's links to other items, either direction, best first: SAME_TASK_AS, IMPLEMENTS, COVERS
// (PART_OF when the task is the item it covers) and ELABORATES. Yields the link with `other` (the task at the other
// end) for the compiler's row; $relation is the relation as read from the task.
MATCH ({task})-[{link}:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]-({other}:Task)
WHERE ($relation IS NULL OR CASE WHEN type({link}) = 'COVERS' AND endNode({link}) = {task} THEN 'PART_OF' ELSE type({link}) END = $relation)
  AND {link}.score >= $minScore
WITH {link}, {other} ORDER BY {link}.score DESC, {other}.id
RETURN {link}
