// Query.task
MATCH ({task}:Task {id: $id})
RETURN {task}
