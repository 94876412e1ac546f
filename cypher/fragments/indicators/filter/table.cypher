// IndicatorFilter.table ('target' or 'completion')
($table IS NULL OR {indicator}.table = $table)
