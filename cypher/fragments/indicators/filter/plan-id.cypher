// IndicatorFilter.planId
($planId IS NULL OR {indicator}.planId = $planId)
