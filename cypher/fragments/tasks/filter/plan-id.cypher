// TaskFilter.planId
($planId IS NULL OR {task}.planId = $planId)
