// The decoded text of each plan, as the loader read it (null for a plan only cited).
UNWIND $ids AS key
MATCH (p:Plan {id: key})
RETURN key, {text: p.documentText} AS node
