// Query.department
MATCH ({department}:Department {id: $id})
RETURN {department}
