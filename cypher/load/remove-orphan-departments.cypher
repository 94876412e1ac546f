// Departments that no task names any more.
MATCH (d:Department)
WHERE NOT (d)-->(:Task)
DETACH DELETE d
