// Plan.citedBy: loaded plans citing this one, by title.
MATCH ({plan})<-[:CITES]-({citing}:Plan)
WITH {citing} ORDER BY {citing}.title
RETURN {citing}
