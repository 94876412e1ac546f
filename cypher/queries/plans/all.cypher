// All plans, loaded ones first; $loaded null means both.
MATCH (p:Plan)
WHERE $loaded IS NULL OR p.loaded = $loaded
RETURN p {.*} AS node
ORDER BY p.loaded DESC, p.title
