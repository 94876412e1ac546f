// Query.departments through the type index, when chosen (`$type` given).
UNWIND CASE {way} WHEN 'type' THEN [$type] ELSE [] END AS {wantedType}
MATCH ({department}:Department {type: {wantedType}})
RETURN {department}
