// The content hash of the loaded version of a plan, if any.
MATCH (p:Plan {id: $planId})
RETURN p.contentHash AS contentHash, p.loaded AS loaded
