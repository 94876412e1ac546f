import "reflect-metadata";
import * as fs from "fs";
import * as path from "path";
import { compareCached, persistedSearch } from "../bench/cached";
import { compareQueries } from "../bench/compare";
import { exampleRoundTrips } from "../bench/examples";
import { floorDriver } from "../bench/floor";
import { graphCounts, ingest, IngestInput } from "../bench/ingest";
import { lineageEntryPoint, scoreLineage } from "../bench/lineage";
import { runLoad, runLoadWith, type LoadResult } from "../bench/load";
import { describeMachine, directorySize, processMemory } from "../bench/machine";
import { FULL, Mode, QUICK, scaleLabel } from "../bench/modes";
import * as os from "os";
import { elapsedSeconds, progress } from "../bench/progress";
import { contractQueries } from "../bench/queries";
import { renderReport } from "../bench/report";
import type { BenchResults, LineageRun, ScaleStep } from "../bench/results";
import { startServer, type BenchServer } from "../bench/servers";
import { GraphQLClient, requestBody } from "../bench/http-client";
import { loadConfig, PROJECT_ROOT } from "../src/config";
import { CypherLibrary } from "../src/cypher";
import type { Database } from "../src/db";
import { generateCorpus, NATIONAL_PLANS, type TruthDocument } from "../src/generate";
import { planIdOf } from "../src/ingest/graph-model";
import type { PlanDocument } from "../src/ingest/model";
import { parseDocument } from "../src/ingest/parse";
import { stopLocalNeo4j } from "../src/local-neo4j/process";
import { createLogger } from "../src/log";
import { migrate } from "../src/migrate";
import { openGraphStore } from "../src/neo4j";
import { buildGraphQLSchema } from "../src/schema";

const USAGE = `usage: npm run bench [-- --quick | --report]
  (default)   full mode: the seed graph, 10×, 100× and national scale (3,162 plans); 20–25 minutes (docs/benchmark.md)
  --quick     the seed graph and 10× only, short load runs: a few minutes
  --report    only rewrite bench/RESULTS.md from bench/results.json (after editing bench/ANALYSIS.md)
Results: bench/RESULTS.md and bench/results.json (quick mode: bench/RESULTS-quick.md, bench/results-quick.json).
The run provisions and WIPES its own Neo4j (store .neo4j/bench, Bolt port 7790; BENCH_NEO4J_DIR / BENCH_NEO4J_PORT to move it).`;

const DIST = path.resolve(__dirname, "..");
const SEED = 1;

async function main(argv: string[]): Promise<number> {
  if (argv.length > 1 || argv.some((a) => !["--quick", "--report"].includes(a))) {
    console.error(USAGE);
    return 2;
  }
  if (argv[0] === "--report") {
    const results = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "bench", "results.json"), "utf8")) as BenchResults;
    fs.writeFileSync(path.join(PROJECT_ROOT, "bench", "RESULTS.md"), renderReport(results, path.join(PROJECT_ROOT, "bench", "ANALYSIS.md")));
    return 0;
  }
  const mode = argv.includes("--quick") ? QUICK : FULL;
  const startedAt = new Date().toISOString();
  // The benchmark wipes its graph: always its own local server, never NEO4J_URI or the dev/test stores.
  const env = {
    ...process.env,
    NEO4J_URI: "",
    LOCAL_NEO4J_DIR: process.env.BENCH_NEO4J_DIR ?? ".neo4j/bench",
    LOCAL_NEO4J_PORT: process.env.BENCH_NEO4J_PORT ?? "7790",
    LOCAL_NEO4J_HEAP: mode.neo4jHeap,
    LOCAL_NEO4J_PAGECACHE: mode.neo4jPageCache,
    LOG_LEVEL: "warn",
  };
  const config = loadConfig(env);
  const log = createLogger("info", (line) => progress(`neo4j: ${(JSON.parse(line) as { msg: string }).msg}`));
  progress(`${mode.name} mode; own Neo4j in ${path.relative(PROJECT_ROOT, config.local.dir)} on port ${config.local.boltPort}, starting from an empty graph`);
  await stopLocalNeo4j(config, (m) => progress(m));
  fs.rmSync(path.join(config.local.dir, "data"), { recursive: true, force: true });
  const store = await openGraphStore(config, log);
  const servers: BenchServer[] = [];
  const floor = floorDriver(store.local!.uri);
  const resultsFile = path.join(PROJECT_ROOT, "bench", mode.name === "quick" ? "results-quick.json" : "results.json");
  const reportFile = path.join(PROJECT_ROOT, "bench", mode.name === "quick" ? "RESULTS-quick.md" : "RESULTS.md");
  // The hand-written analysis is of the committed full run: a quick run's report goes without it.
  const analysisFile = mode.name === "full" ? path.join(PROJECT_ROOT, "bench", "ANALYSIS.md") : undefined;
  try {
    await migrate(store.db, path.join(PROJECT_ROOT, "cypher", "migrations"));
    const machine = await describeMachine(store.db, PROJECT_ROOT, mode.neo4jHeap, mode.neo4jPageCache);

    const corpusDir = path.join(config.local.dir, "corpus");
    fs.rmSync(corpusDir, { recursive: true, force: true });
    const planned = mode.name === "full" ? NATIONAL_PLANS : 120;
    progress(`generating ${planned} plan documents into ${path.relative(PROJECT_ROOT, corpusDir)}`);
    const g0 = performance.now();
    // Documents in every layout the reader claims (markdown, other script, hard wraps …): ingest at scale reads them all.
    const truth = generateCorpus({ plans: planned, seed: SEED, outDir: corpusDir, seedsDir: config.seedsDir, transforms: "mixed", progress: (d, t) => d % 500 === 0 && progress(`  generated ${d}/${t}`) });
    const generationSeconds = Math.round((performance.now() - g0) / 100) / 10;

    const seedFiles = fs.readdirSync(config.seedsDir).filter((f) => f.endsWith(".txt")).sort();
    const seedItems = seedFiles.reduce((n, f) => n + parseDocument(f, fs.readFileSync(path.join(config.seedsDir, f))).tasks.length, 0);
    const results: BenchResults = {
      mode: mode.name,
      machine,
      startedAt,
      durationSeconds: 0,
      loadAverageAtEnd: 0,
      corpus: { seed: SEED, plans: truth.documents.length, generationSeconds, links: truth.documents.reduce((n, d) => n + d.links.length, 0) },
      scalesPlanned: mode.scales.map(scaleLabel),
      steps: [],
      notes: [],
    };

    progress("starting our server, the @neo4j/graphql server and the floor's HTTP handler (child processes)");
    servers.push(await startServer("ours", store.local!.uri, DIST), await startServer("peer", store.local!.uri, DIST), await startServer("floor", store.local!.uri, DIST));
    const [ours, peer, floorServer] = servers;
    const deps = { config, db: store.db, cypher: CypherLibrary.load(path.join(PROJECT_ROOT, "cypher", "queries")) };
    const schema = buildGraphQLSchema();
    const queries = contractQueries(PROJECT_ROOT);
    const lineage = lineageEntryPoint(DIST);
    if (!lineage) results.notes.push("Lineage was not available in this build (src/lineage/update.ts `updateLineage`): its section reports 'not available'.");

    const parents = new Map<string, PlanDocument>();
    // Plans the loader refused: their own lineage and their children's cannot be scored.
    const refused = new Set<string>();
    const lineageDone: TruthDocument[] = [];
    let loaded = 0;
    for (const scale of mode.scales) {
      const label = scaleLabel(scale);
      const inputs: IngestInput[] =
        scale === 1
          ? seedFiles.map((f) => ({ file: path.relative(PROJECT_ROOT, path.join(config.seedsDir, f)), absolute: path.join(config.seedsDir, f) }))
          : generatedUpTo(truth.documents, scale === "national" ? Infinity : (scale - 1) * seedItems, loaded).map((d) => ({
              file: path.relative(PROJECT_ROOT, path.join(corpusDir, d.file)),
              absolute: path.join(corpusDir, d.file),
              truth: d,
            }));
      if (scale !== 1) loaded += inputs.length;
      progress(`${label}: ingesting ${inputs.length} documents`);
      const texts: { planId: string; text: string; truth?: TruthDocument }[] = [];
      const ingested = await ingest(store.db, inputs, {
        projectRoot: PROJECT_ROOT,
        neo4jPid: store.local?.pid,
        parents,
        onLoaded: (input, doc) => texts.push({ planId: planIdOf(input.file), text: doc.text, truth: input.truth }),
      });
      for (const f of ingested.failed) refused.add(path.basename(f.file));
      const scorable = texts.map((t) => (t.truth && (refused.has(t.truth.file) || refused.has(t.truth.parentFile ?? "")) ? { ...t, truth: undefined } : t));
      const lineageRun = lineage ? await runLineage(lineage, store.db, scorable, lineageDone, mode, store.local?.pid) : ({ available: false, reason: "src/lineage/update.ts updateLineage not in this build" } as const);
      const counts = await graphCounts(store.db);
      progress(`${label}: ${counts.plans} plans, ${counts.tasks} outline items, ${counts.nodes} nodes, ${counts.relationships} relationships; comparing queries`);
      const step: ScaleStep = {
        scale: label,
        graph: { ...counts, storeMiB: Math.round(directorySize(path.join(config.local.dir, "data")) / 2 ** 20) },
        ingest: ingested,
        lineage: lineageRun,
        queries: await compareQueries(
          queries,
          {
            oursUrl: ours.url,
            peerUrl: peer.url,
            floor: { driver: floor, database: config.neo4j.database },
            floorUrl: floorServer.url,
            inProcess: { schema, deps },
            loaders: mode.batchingAt.includes(scale),
            neo4jPid: store.local?.pid,
          },
          mode.reps,
          mode.warmup,
        ),
      };
      progress(`${label}: every example's round trips; cached answers (persisted queries, 304)`);
      step.examples = await exampleRoundTrips(ours.url, PROJECT_ROOT);
      step.cached = await compareCached(ours.url, queries, mode.reps, mode.warmup);
      results.steps.push(step);
      if (scale === mode.loadAt) results.load = { scale: label, ...(await sustainedLoad(ours, peer, store.local?.pid, queries, mode)) };
      results.durationSeconds = elapsedSeconds();
      results.loadAverageAtEnd = Math.round(os.loadavg()[0] * 10) / 10;
      // Written after every step: a run stopped at national scale still leaves its report.
      fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
      fs.writeFileSync(reportFile, renderReport(results, analysisFile));
    }
    results.durationSeconds = elapsedSeconds();
    results.loadAverageAtEnd = Math.round(os.loadavg()[0] * 10) / 10;
    fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
    fs.writeFileSync(reportFile, renderReport(results, analysisFile));
    progress(`done in ${results.durationSeconds} s: ${path.relative(PROJECT_ROOT, reportFile)}, ${path.relative(PROJECT_ROOT, resultsFile)}`);
    return 0;
  } finally {
    for (const s of servers) await s.stop();
    await floor.close();
    await store.close();
  }
}

/** Generated documents after the first `from`, until the outline items added reach `items`. */
function generatedUpTo(documents: TruthDocument[], items: number, from: number): TruthDocument[] {
  let total = 0;
  let end = 0;
  for (; end < documents.length && total < items; end++) total += Object.entries(documents[end].expected).reduce((n, [k, v]) => (k === "indicators" ? n : n + v), 0);
  return documents.slice(from, Math.max(from, end));
}

/**
 * Lineage for the plans a step added, in chunks so that a time budget can stop it
 * between chunks; then scored over every generated plan whose lineage was computed.
 */
async function runLineage(
  lineage: NonNullable<ReturnType<typeof lineageEntryPoint>>,
  db: Database,
  texts: { planId: string; text: string; truth?: TruthDocument }[],
  done: TruthDocument[],
  mode: Mode,
  neo4jPid?: number,
): Promise<LineageRun> {
  const started = performance.now();
  let plans = 0;
  let peak = 0;
  let error: string | undefined;
  // Small chunks: the budget is checked between them, and a chunk at 100× takes tens of seconds.
  const CHUNK = 5;
  try {
    for (let i = 0; i < texts.length; i += CHUNK) {
      if ((performance.now() - started) / 1000 > mode.lineageBudgetSeconds) break;
      const chunk = texts.slice(i, i + CHUNK);
      await lineage.updateLineage(db, chunk.map(({ planId, text }) => ({ planId, text })), { projectRoot: PROJECT_ROOT });
      plans += chunk.length;
      for (const t of chunk) if (t.truth?.parentFile) done.push(t.truth);
      peak = Math.max(peak, process.memoryUsage().rss);
      progress(`  lineage ${plans}/${texts.length} plans (${Math.round((performance.now() - started) / plans)} ms/plan)`);
    }
  } catch (e) {
    error = (e as Error).message.slice(0, 300);
    progress(`  lineage failed: ${error}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    available: true,
    plans,
    planned: texts.length,
    seconds: Math.round(seconds * 10) / 10,
    msPerPlan: plans ? Math.round((seconds * 1000) / plans) : NaN,
    nodePeakRssMiB: Math.round(peak / 2 ** 20),
    neo4jRssMiB: neo4jPid ? processMemory(neo4jPid)?.rssMiB : undefined,
    score: done.length ? await scoreLineage(db, done) : undefined,
    partial: plans < texts.length && !error,
    error,
  };
}

/**
 * Ours and the peer at each concurrency level, alternating, on the same mix of contract
 * queries, uncached (plain POSTs, no If-None-Match); then, apart, ours answering the same
 * mix as conditional GETs of persisted queries whose answers the client holds (304s).
 */
async function sustainedLoad(
  ours: BenchServer,
  peer: BenchServer,
  neo4jPid: number | undefined,
  queries: ReturnType<typeof contractQueries>,
  mode: Mode,
): Promise<{ ours: LoadResult[]; peer: LoadResult[]; cached: LoadResult[] }> {
  const compared = queries.filter((q) => q.peer);
  const oursBodies = compared.map((q) => requestBody(q.ours.query, q.ours.variables));
  const peerBodies = compared.map((q) => requestBody(q.peer!.query, q.peer!.variables));
  const out = { ours: [] as LoadResult[], peer: [] as LoadResult[], cached: [] as LoadResult[] };
  for (const concurrency of mode.concurrency) {
    const opts = { concurrency, seconds: mode.loadSeconds, warmupSeconds: mode.loadWarmupSeconds, maxRequests: mode.loadMaxRequests };
    progress(`load at concurrency ${concurrency}: ours`);
    out.ours.push(await runLoad(ours.url, oursBodies, { ...opts, pids: { server: ours.pid, neo4j: neo4jPid } }));
    progress(`load at concurrency ${concurrency}: @neo4j/graphql`);
    out.peer.push(await runLoad(peer.url, peerBodies, { ...opts, pids: { server: peer.pid, neo4j: neo4jPid } }));
  }
  const client = new GraphQLClient(ours.url, 1);
  const conditional = [];
  try {
    for (const q of compared) {
      const first = await client.get(persistedSearch(q.ours.query, q.ours.variables, true));
      const search = persistedSearch(q.ours.query, q.ours.variables, false);
      conditional.push(async (c: GraphQLClient) => {
        const res = await c.get(search, { "if-none-match": first.etag ?? "" });
        if (res.status !== 304) throw new Error(`expected 304, got HTTP ${res.status}`);
      });
    }
  } finally {
    client.close();
  }
  for (const concurrency of mode.concurrency) {
    progress(`load at concurrency ${concurrency}: ours, conditional requests (304)`);
    const opts = { concurrency, seconds: mode.loadSeconds, warmupSeconds: mode.loadWarmupSeconds, maxRequests: mode.loadMaxRequests };
    out.cached.push(await runLoadWith(ours.url, conditional, { ...opts, pids: { server: ours.pid, neo4j: neo4jPid } }));
  }
  return out;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`bench failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
