// Task.upstream: every IMPLEMENTS hop reachable in at most $depth hops, nearest first, once
// per path. Neo4j 5 refuses an aggregation (min) inside a subquery that is itself inside a
// map, so the compiled field keeps each hop's first row, which is at its smallest depth
// (src/lineage/lineage.compile.ts).
MATCH {path} = ({task})-[:IMPLEMENTS*1..5]->(:Task)
WITH last(relationships({path})) AS {link}, length({path}) AS {depth}
WHERE {depth} <= $depth
WITH {link}, {depth} ORDER BY {depth}, {link}.score DESC, {link}.sortKey
RETURN {link}
