// Query.departments over every department, when nothing narrower is given.
UNWIND CASE {way} WHEN 'all' THEN [true] ELSE [] END AS {everyDepartment}
MATCH ({department}:Department)
RETURN {department}
