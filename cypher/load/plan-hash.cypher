// The content hash of the loaded version of a plan, if any. A plan loaded before the
// loader kept its text (documentText, for Plan.sourceLines) reports no hash, so the
// same bytes load again once and the text is there.
MATCH (p:Plan {id: $planId})
RETURN CASE WHEN p.documentText IS NULL THEN null ELSE p.contentHash END AS contentHash, p.loaded AS loaded
