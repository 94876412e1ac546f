// The text each plan was read from, as extracted (its SourceDocument; none for a plan only cited).
UNWIND $ids AS key
MATCH (d:SourceDocument {planId: key})
RETURN key, {text: d.text} AS node
