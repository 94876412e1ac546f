// The document a plan was read from: its extracted text (every source span's line and
// offsets point into it), format, encoding and, when the loader was given them, the
// original bytes. One per plan: a new version or format of the plan replaces it.
MATCH (p:Plan {id: $document.planId})
MERGE (d:SourceDocument {planId: $document.planId})
SET d = $document, d.original = $original
MERGE (p)-[:READ_FROM]->(d)
RETURN d.planId AS planId
