// The content hash of the loaded version of a plan, if any. A plan loaded before the
// loader kept the document it read (its SourceDocument, which /documents and
// Plan.sourceLines read) reports none, so the same bytes load once more and gain it.
MATCH (p:Plan {id: $planId})
RETURN CASE WHEN EXISTS { (p)-[:READ_FROM]->(:SourceDocument) } THEN p.contentHash END AS contentHash, p.loaded AS loaded
