// The file a plan was loaded from, as published (null when the loader was not given it).
MATCH (d:SourceDocument {planId: $planId})
RETURN d.file AS file, d.format AS format, d.encoding AS encoding, d.original AS original
