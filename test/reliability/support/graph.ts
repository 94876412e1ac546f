import type { Database } from "../../../src/db";

/**
 * A fingerprint of the whole graph: every node and relationship with its properties, in a stable order;
 * not the graph's version, which every load counts up (test/integration/load.test.ts checks that one).
 */
export async function snapshot(db: Database): Promise<string> {
  const [nodes] = await db.read("snapshot", "MATCH (n) WHERE NOT n:GraphVersion WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS all");
  const [rels] = await db.read(
    "snapshot",
    "MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.sourceStartOffset, r.role RETURN collect([a.id, type(r), b.id, properties(r)]) AS all",
  );
  return JSON.stringify([nodes.all, rels.all]);
}

/** Node and relationship counts: a cheap check that nothing was added or removed. */
export async function counts(db: Database): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.read("counts", "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels");
  return { nodes: row.nodes as number, rels: row.rels as number };
}

/**
 * The fingerprint of everything except what one plan contributed (its node, items and their edges),
 * and the graph's version, which loading it counts up.
 */
export async function snapshotWithout(db: Database, planId: string): Promise<string> {
  const [nodes] = await db.read(
    "snapshot",
    "MATCH (n) WHERE coalesce(n.planId, '') <> $p AND coalesce(n.id, '') <> $p AND NOT n:GraphVersion WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS all",
    { p: planId },
  );
  const [rels] = await db.read(
    "snapshot",
    `MATCH (a)-[r]->(b)
     WHERE NOT $p IN [coalesce(a.planId, ''), coalesce(b.planId, ''), coalesce(a.id, ''), coalesce(b.id, ''), coalesce(r.planId, '')]
     WITH a, r, b ORDER BY a.id, type(r), b.id, r.sourceStartOffset, r.role
     RETURN collect([a.id, type(r), b.id, properties(r)]) AS all`,
    { p: planId },
  );
  return JSON.stringify([nodes.all, rels.all]);
}

/** Removes a plan a test loaded, and whatever only it referred to. */
export async function removePlan(db: Database, planId: string): Promise<void> {
  // Edges a plan stated between nodes it does not own (ACTS_AS between departments) carry its id.
  await db.write("cleanup", "MATCH ()-[r]->() WHERE r.planId = $p DELETE r", { p: planId });
  await db.write("cleanup", "MATCH (n) WHERE n.planId = $p DETACH DELETE n", { p: planId });
  await db.write("cleanup", "MATCH (p:Plan {id: $p}) DETACH DELETE p", { p: planId });
  await db.write("cleanup", "MATCH (d:Department) WHERE NOT (d)-->(:Task) AND NOT (:Department)-[:ACTS_AS]->(d) DETACH DELETE d");
  await db.write("cleanup", "MATCH (r:Region {placeholder: true}) WHERE NOT (r)<--() DETACH DELETE r");
  await db.write("cleanup", "MATCH (p:Plan {loaded: false}) WHERE NOT ()-[:CITES]->(p) DETACH DELETE p");
}
