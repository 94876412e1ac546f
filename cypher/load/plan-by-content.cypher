// Loaded plans holding exactly these bytes under another id (another file name).
MATCH (p:Plan {contentHash: $contentHash})
WHERE p.loaded = true AND p.id <> $planId
RETURN p.id AS id, p.file AS file
