// DepartmentFilter.type
($type IS NULL OR {department}.type = $type)
