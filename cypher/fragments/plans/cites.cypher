// Plan.cites: the documents the plan names as its basis (BASIS references: 依据 / 贯彻落实 /
// 按照《…》 in its preamble), each once (at its first citation), in printed order.
MATCH ({plan})-[{citation}:CITES {role: 'BASIS'}]->({cited}:Plan)
WHERE NOT EXISTS { MATCH ({plan})-[{earlier}:CITES {role: 'BASIS'}]->({cited}) WHERE {earlier}.seq < {citation}.seq }
WITH {cited}, {citation} ORDER BY {citation}.seq
RETURN {cited}
