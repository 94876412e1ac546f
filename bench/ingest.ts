import * as fs from "fs";
import type { Database } from "../src/db";
import { verifyDocument } from "../src/generate/verify";
import type { TruthDocument } from "../src/generate";
import { loadDocument } from "../src/ingest/load";
import type { PlanDocument } from "../src/ingest/model";
import { parseDocument } from "../src/ingest/parse";
import { processMemory } from "./machine";
import { progress } from "./progress";

export interface IngestInput {
  /** Path as loaded (relative to the project root), also the provenance `file`. */
  file: string;
  absolute: string;
  truth?: TruthDocument;
}

export interface IngestResult {
  documents: number;
  seconds: number;
  parseSeconds: number;
  loadSeconds: number;
  nodesAdded: number;
  relationshipsAdded: number;
  documentsPerSecond: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** Slowest single document load (ms): grows when a statement scans the whole graph per document. */
  slowestLoadMs: number;
  /** Mean load time of the first and last tenth of the documents (ms): flat means per-document cost does not grow with the graph. */
  firstTenthLoadMs: number;
  lastTenthLoadMs: number;
  nodePeakRssMiB: number;
  neo4jRssMiB?: number;
  neo4jPeakRssMiB?: number;
  /** Documents whose parse did not match what the generator printed. */
  verifyProblems: string[];
  /** Documents the loader refused (the run goes on without them; see the report). */
  failed: { file: string; message: string }[];
}

/**
 * Parses and loads documents one by one exactly as `npm run ingest` does (one write
 * transaction per document), timing parse and load apart, checking each generated
 * document against its truth on the way, and counting what the graph gained.
 */
export async function ingest(
  db: Database,
  inputs: IngestInput[],
  opts: { projectRoot: string; neo4jPid?: number; parents: Map<string, PlanDocument>; onLoaded?: (input: IngestInput, doc: PlanDocument) => void },
): Promise<IngestResult> {
  const before = await graphCounts(db);
  let parseMs = 0;
  let loadMs = 0;
  let peakRss = 0;
  const loadTimes: number[] = [];
  const problems: string[] = [];
  const failed: { file: string; message: string }[] = [];
  const started = performance.now();
  for (const [i, input] of inputs.entries()) {
    const bytes = fs.readFileSync(input.absolute);
    const t0 = performance.now();
    const doc = parseDocument(input.file, bytes);
    const t1 = performance.now();
    let ok = true;
    try {
      await loadDocument(db, doc, { projectRoot: opts.projectRoot });
    } catch (e) {
      // One refused document must not end a national-scale run: it is counted and reported.
      ok = false;
      failed.push({ file: input.file, message: (e as Error).message.slice(0, 300) });
      progress(`  load of ${input.file} failed: ${(e as Error).message.slice(0, 200)}`);
    }
    const t2 = performance.now();
    parseMs += t1 - t0;
    loadMs += t2 - t1;
    loadTimes.push(t2 - t1);
    if (input.truth) {
      const parent = input.truth.parentFile ? opts.parents.get(input.truth.parentFile) : undefined;
      problems.push(...verifyDocument(doc, input.truth, parent));
      // Children are verified against their parent's paths: keep only what that needs.
      if (input.truth.level !== "COUNTY") opts.parents.set(input.truth.file, { tasks: doc.tasks.map((t) => ({ path: t.path, kind: t.kind })) } as PlanDocument);
    }
    if (ok) opts.onLoaded?.(input, doc);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if ((i + 1) % 50 === 0 || i + 1 === inputs.length) {
      const s = (performance.now() - started) / 1000;
      progress(`  ingested ${i + 1}/${inputs.length} documents (${(((i + 1) / s) || 0).toFixed(1)} docs/s, last load ${Math.round(t2 - t1)} ms)`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const after = await graphCounts(db);
  const tenth = Math.max(1, Math.floor(loadTimes.length / 10));
  const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  const neo = opts.neo4jPid ? processMemory(opts.neo4jPid) : undefined;
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    documents: inputs.length,
    seconds: r(seconds),
    parseSeconds: r(parseMs / 1000),
    loadSeconds: r(loadMs / 1000),
    nodesAdded: after.nodes - before.nodes,
    relationshipsAdded: after.relationships - before.relationships,
    documentsPerSecond: r(inputs.length / seconds),
    nodesPerSecond: Math.round((after.nodes - before.nodes) / seconds),
    relationshipsPerSecond: Math.round((after.relationships - before.relationships) / seconds),
    slowestLoadMs: Math.round(Math.max(...loadTimes)),
    firstTenthLoadMs: mean(loadTimes.slice(0, tenth)),
    lastTenthLoadMs: mean(loadTimes.slice(-tenth)),
    nodePeakRssMiB: Math.round(peakRss / 2 ** 20),
    neo4jRssMiB: neo?.rssMiB,
    neo4jPeakRssMiB: neo?.peakMiB,
    verifyProblems: problems,
    failed,
  };
}

export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number; plans: number; tasks: number }> {
  const [n] = await db.read("bench/count-nodes", "MATCH (n) RETURN count(n) AS c");
  const [r] = await db.read("bench/count-rels", "MATCH ()-[r]->() RETURN count(r) AS c");
  const [p] = await db.read("bench/count-plans", "MATCH (p:Plan {loaded: true}) RETURN count(p) AS c");
  const [t] = await db.read("bench/count-tasks", "MATCH (t:Task) RETURN count(t) AS c");
  return { nodes: n.c as number, relationships: r.c as number, plans: p.c as number, tasks: t.c as number };
}
