// Which plan a document is: the plan its file already loaded, else a loaded plan with
// the same title (by key: script, spacing and quotes folded) and no other 文号. The same
// plan as .txt and as a web page is one document: the second load replaces the first.
OPTIONAL MATCH (own:Plan {id: $planId})
WHERE own.loaded = true
OPTIONAL MATCH (same:Plan {titleKey: $titleKey})
WHERE same.loaded = true AND same.id <> $planId
  AND (same.docNumberKey IS NULL OR $docNumberKey IS NULL OR same.docNumberKey = $docNumberKey)
WITH own, same ORDER BY same.id
WITH own, collect(same)[0] AS same
RETURN coalesce(own.id, same.id, $planId) AS id, coalesce(own.file, same.file) AS file
