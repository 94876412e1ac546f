// The plan node of each known upstream document, by title key or 文号: the loaded one first, then the one
// under the document's own title (a short title's placeholder is the same document, named less fully).
UNWIND $docs AS d
OPTIONAL MATCH (p:Plan)
WHERE p.titleKey IN d.titleKeys OR (p.docNumber IS NOT NULL AND p.docNumber = d.docNumber)
WITH d, p
ORDER BY p.loaded DESC, p.titleKey = d.titleKeys[0] DESC, p.id
RETURN d.key AS key, head(collect(p {.id, .title, .docNumber})) AS plan
