// TaskFilter.kind
($kind IS NULL OR {task}.kind = $kind)
