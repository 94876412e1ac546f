// The plan node (loaded first) of each known upstream document, by title key or 文号.
UNWIND $docs AS d
OPTIONAL MATCH (p:Plan)
WHERE p.titleKey IN d.titleKeys OR (p.docNumber IS NOT NULL AND p.docNumber = d.docNumber)
WITH d, p
ORDER BY p.loaded DESC, p.id
RETURN d.key AS key, head(collect(p {.id, .title, .docNumber})) AS plan
