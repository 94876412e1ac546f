// The departments tied to each task by the relations asked for ($relations: LEADS,
// RESPONSIBLE_FOR, NAMED_AS_ACTING), in printed order; with the name as printed and where
// ($withEdges) only when a client selected the unit assignments themselves.
UNWIND $ids AS key
MATCH (d:Department)-[r:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->(:Task {id: key})
WHERE type(r) IN $relations
RETURN key, type(r) AS relation, d {.id, .name, .aliases, .type, .collective, .regionId, .sortKey} AS department,
  CASE WHEN $withEdges THEN r {.printed, .roleText, .convention, .phrase, .sourceFile, .sourceLine, .sourceEndLine, .sourceStartOffset, .sourceEndOffset, .sourcePage, .sourceText} END AS edge
ORDER BY key, r.sourceStartOffset
