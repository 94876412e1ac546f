// Query.plans: loaded plans first, then by title; $loaded null means both.
MATCH ({plan}:Plan)
WHERE $loaded IS NULL OR {plan}.loaded = $loaded
WITH {plan} ORDER BY {plan}.loaded DESC, {plan}.title
RETURN {plan}
