// Task.group
MATCH ({task})-[:IN_GROUP]->({group}:LineageGroup)
RETURN {group}
