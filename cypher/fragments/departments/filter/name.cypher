// DepartmentFilter.name (matchKey form, canonical name or a printed alias)
($name IS NULL OR {department}.searchText CONTAINS $name)
