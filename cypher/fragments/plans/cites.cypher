// Plan.cites: the documents the plan names in one of $roles (default BASIS: 依据 / 贯彻落实 /
// 按照《…》 in its preamble), each once (at its first such reference), in printed order.
MATCH ({plan})-[{citation}:CITES]->({cited}:Plan)
WHERE {citation}.role IN $roles
  AND NOT EXISTS { MATCH ({plan})-[{earlier}:CITES]->({cited}) WHERE {earlier}.role IN $roles AND {earlier}.seq < {citation}.seq }
WITH {cited}, {citation} ORDER BY {citation}.seq
RETURN {cited}
