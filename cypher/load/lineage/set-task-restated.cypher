// Each given task's restated anchors (plan-lines.ts `restatements`), from the stored SAME_TASK_AS: `restated:<z>`
// for every item z of another plan it is the same task as, at $minScore or more, when z is also that of another
// item of its own plan at $minScore or more. Written only where it changed.
UNWIND $taskIds AS id
MATCH (t:Task {id: id})
OPTIONAL MATCH (t)-[r:SAME_TASK_AS]-(z:Task)
WHERE r.score >= $minScore
  AND EXISTS { MATCH (z)-[r2:SAME_TASK_AS]-(y:Task) WHERE y <> t AND y.planId = t.planId AND r2.score >= $minScore }
WITH t, z ORDER BY z.id
WITH t, [x IN collect(z) | $prefix + x.id] AS restated
WHERE coalesce(t.lineageRestated, []) <> restated
SET t.lineageRestated = restated
