// Groups whose links changed but whose members did not: new concept counts and label.
UNWIND $groups AS grp
MATCH (g:LineageGroup {id: grp.id})
SET g.label = grp.label, g.conceptKeys = grp.conceptKeys, g.conceptCounts = grp.conceptCounts
