// The documents a plan names as its basis (BASIS references), as the loader linked them, in printed order.
MATCH (:Plan {id: $planId})-[c:CITES {role: 'BASIS'}]->(t:Plan)
RETURN t.id AS targetId, c.title AS title, c.docNumber AS docNumber, c.sourceLine AS sourceLine, c.sourceText AS sourceText
ORDER BY c.seq
