// Plan.cites: the documents the plan names as its basis (BASIS references: 依据 / 贯彻落实 /
// 按照《…》 in its preamble), each once, in the order first printed.
MATCH ({plan})-[{citation}:CITES {role: 'BASIS'}]->({cited}:Plan)
WITH {cited}, min({citation}.seq) AS first ORDER BY first
RETURN {cited}
