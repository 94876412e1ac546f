// Each task's line in its plan's outline (plan-lines.ts), read by group merges; written only where it changed.
UNWIND $lines AS l
MATCH (t:Task {id: l.id})
WHERE t.lineageLine IS NULL OR t.lineageLine <> l.line OR t.lineageAnchors <> l.anchors
SET t.lineageLine = l.line, t.lineageAnchors = l.anchors
