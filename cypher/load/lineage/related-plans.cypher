// Loaded plans this plan implements (with the plan-level link) and loaded plans that implement it.
MATCH (x:Plan {id: $planId})
CALL {
  WITH x
  OPTIONAL MATCH (x)-[r:IMPLEMENTS]->(up:Plan {loaded: true})
  RETURN collect(up {.id, method: r.method, evidence: r.evidence}) AS upstream
}
CALL {
  WITH x
  OPTIONAL MATCH (down:Plan {loaded: true})-[r:IMPLEMENTS]->(x)
  RETURN collect(down {.id, method: r.method, evidence: r.evidence}) AS downstream
}
RETURN upstream, downstream
