// Plan.citedBy: loaded plans naming this one as their basis, each once, by title.
MATCH ({plan})<-[:CITES {role: 'BASIS'}]-({citing}:Plan)
WITH DISTINCT {citing}
WITH {citing} ORDER BY {citing}.title
RETURN {citing}
