// The text a plan was read from, as extracted: every Source line and offset points into it.
MATCH (d:SourceDocument {planId: $planId})
RETURN d.file AS file, d.format AS format, d.text AS text
