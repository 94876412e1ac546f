// Plan.cites: the documents the plan names as its basis, in printed order.
MATCH ({plan})-[{citation}:CITES]->({cited}:Plan)
WITH {cited}, {citation} ORDER BY {citation}.seq
RETURN {cited}
