// A reloaded plan's task goes back to the group it was in (same id); the group is then checked whole (group-regroup.ts).
UNWIND $pairs AS pair
MATCH (g:LineageGroup {id: pair[0]}), (t:Task {id: pair[1]})
CREATE (t)-[:IN_GROUP]->(g)
