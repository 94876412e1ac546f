// Query.plan
MATCH ({plan}:Plan {id: $id})
RETURN {plan}
