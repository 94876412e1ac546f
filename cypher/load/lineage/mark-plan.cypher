// Records that this plan's lineage is current for its content and the lineage rules' version.
MATCH (p:Plan {id: $planId})
SET p.lineageKey = $lineageKey
