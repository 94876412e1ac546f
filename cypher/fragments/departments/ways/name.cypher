// Query.departments through the TEXT index on searchText, when chosen (`$name` given).
UNWIND CASE {way} WHEN 'name' THEN [true] ELSE [] END AS {byName}
MATCH ({department}:Department) WHERE {department}.searchText CONTAINS $name
RETURN {department}
