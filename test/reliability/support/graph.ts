import type { Database } from "../../../src/db";

/**
 * The whole graph as entries: every node and relationship with its properties, one JSON line
 * each (keys sorted: the order Neo4j lists properties in is not part of the graph), sorted;
 * not the graph's version, which every load counts up (test/integration/load.test.ts checks that one).
 */
export async function graphEntries(db: Database): Promise<string[]> {
  const [nodes] = await db.read("snapshot", "MATCH (n) WHERE NOT n:GraphVersion RETURN collect([labels(n), properties(n)]) AS all");
  const [rels] = await db.read("snapshot", "MATCH (a)-[r]->(b) RETURN collect([a.id, type(r), b.id, properties(r)]) AS all");
  return [...(nodes.all as unknown[]), ...(rels.all as unknown[])].map(canonical).sort();
}

const canonical = (value: unknown) =>
  JSON.stringify(value, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** A fingerprint of the whole graph, for comparing two states at once. */
export async function snapshot(db: Database): Promise<string> {
  return JSON.stringify(await graphEntries(db));
}

/** What differs between two `graphEntries`, entry by entry: a failure names the nodes and edges, not a 3 MB string. */
export function difference(before: string[], after: string[]): { gone: string[]; added: string[] } {
  // Counted, not as sets: a duplicated node is a difference.
  const count = new Map<string, number>();
  for (const x of before) count.set(x, (count.get(x) ?? 0) + 1);
  for (const x of after) count.set(x, (count.get(x) ?? 0) - 1);
  const entries = [...count].filter(([, n]) => n !== 0);
  return { gone: entries.filter(([, n]) => n > 0).map(([x]) => x), added: entries.filter(([, n]) => n < 0).map(([x]) => x) };
}
export const unchanged = { gone: [], added: [] };

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
