// Plan.document for the loaders: the SourceDocument each plan was read from, without its text and bytes.
UNWIND $ids AS key
MATCH (:Plan {id: key})-[:READ_FROM]->(d:SourceDocument)
RETURN key, d {.planId, .file, .format, .encoding, .contentHash, .lineCount, .removed, hasOriginal: d.original IS NOT NULL} AS node
