// /ready: one loaded plan, through the `plan_file` index (only loaded plans have a file): cheap on any graph.
MATCH (p:Plan) WHERE p.file IS NOT NULL
RETURN p.id AS id LIMIT 1
