import "reflect-metadata";
import * as fs from "fs";
import * as path from "path";
import { loadConfig, PROJECT_ROOT } from "../src/config";
import { generateCorpus } from "../src/generate";
import { planIdOf } from "../src/ingest/graph-model";
import { loadDocument } from "../src/ingest/load";
import { parseDocument } from "../src/ingest/parse";
import { updateLineage } from "../src/lineage/update";
import { stopLocalNeo4j } from "../src/local-neo4j/process";
import { createLogger } from "../src/log";
import { migrate } from "../src/migrate";
import { openGraphStore } from "../src/neo4j";

/**
 * Does lineage cost per plan stay flat as the graph grows? Generates N plans, loads
 * them all, then runs `updateLineage` plan by plan in generation order (parents
 * first), timing each plan and each lineage statement (a statement's time runs to the
 * next statement, so it includes the JS work after it). Prints seconds per plan for
 * the first and the last tenth, and the statements of each tenth, slowest first.
 *
 *   node dist/bench/lineage-scaling.js [plans=120]
 *
 * WIPES its own Neo4j: store LINEAGE_NEO4J_DIR (.neo4j/lineage-a), port LINEAGE_NEO4J_PORT (7791).
 */
async function main(argv: string[]): Promise<void> {
  const plans = Number(argv[0] ?? 120);
  const env = {
    ...process.env,
    NEO4J_URI: "",
    LOCAL_NEO4J_DIR: process.env.LINEAGE_NEO4J_DIR ?? ".neo4j/lineage-a",
    LOCAL_NEO4J_PORT: process.env.LINEAGE_NEO4J_PORT ?? "7791",
    QUERY_TIMEOUT_MS: "600000",
    LOG_LEVEL: "warn",
  };
  const config = loadConfig(env);
  const log = createLogger("warn", (line) => console.error(line));
  await stopLocalNeo4j(config, () => undefined);
  fs.rmSync(path.join(config.local.dir, "data"), { recursive: true, force: true });
  const store = await openGraphStore(config, log);
  try {
    await migrate(store.db, path.join(PROJECT_ROOT, "cypher", "migrations"));
    const corpus = path.join(config.local.dir, "corpus");
    fs.rmSync(corpus, { recursive: true, force: true });
    const truth = generateCorpus({ plans, seed: 1, outDir: corpus, seedsDir: config.seedsDir });
    const inputs: { planId: string; text: string }[] = [];
    for (const d of truth.documents) {
      const file = path.relative(PROJECT_ROOT, path.join(corpus, d.file));
      const bytes = fs.readFileSync(path.join(corpus, d.file));
      try {
        const doc = parseDocument(file, bytes);
        await loadDocument(store.db, doc, { projectRoot: PROJECT_ROOT });
        inputs.push({ planId: planIdOf(file), text: doc.text });
      } catch {
        // The loader refuses a few generated documents (bench/ANALYSIS.md); lineage goes on without them.
      }
    }
    console.log(`${inputs.length} of ${plans} plans loaded; lineage plan by plan`);
    const perPlan: { seconds: number; statements: Map<string, number> }[] = [];
    for (const [i, input] of inputs.entries()) {
      const statements = new Map<string, number>();
      let current: string | undefined;
      let mark = performance.now();
      const started = mark;
      const lap = (next?: string) => {
        const now = performance.now();
        if (current) statements.set(current, (statements.get(current) ?? 0) + now - mark);
        [current, mark] = [next, now];
      };
      await updateLineage(store.db, [input], { projectRoot: PROJECT_ROOT, progress: (m) => m.startsWith("  lineage/") && lap(m.trim().slice("lineage/".length)) });
      lap();
      perPlan.push({ seconds: (performance.now() - started) / 1000, statements });
      if ((i + 1) % 20 === 0) console.log(`  ${i + 1}/${inputs.length}: ${perPlan[i].seconds.toFixed(2)} s`);
    }
    const tenth = Math.max(1, Math.floor(perPlan.length / 10));
    for (const [name, slice] of [["first", perPlan.slice(0, tenth)], ["last", perPlan.slice(-tenth)]] as const) {
      const mean = slice.reduce((s, p) => s + p.seconds, 0) / slice.length;
      const byStatement = new Map<string, number>();
      for (const p of slice) for (const [k, v] of p.statements) byStatement.set(k, (byStatement.get(k) ?? 0) + v / slice.length);
      const top = [...byStatement].sort((a, b) => b[1] - a[1]).slice(0, 8);
      console.log(`${name} tenth (${slice.length} plans): ${mean.toFixed(2)} s/plan; ${top.map(([k, v]) => `${k} ${Math.round(v)} ms`).join(", ")}`);
    }
    const [g] = await store.db.read("bench/lineage-counts", "MATCH (g:LineageGroup) RETURN count(g) AS groups, max(g.size) AS largest, count { ()-[:SAME_TASK_AS]->() } AS sameTask");
    console.log(`graph: ${g.groups} groups (largest ${g.largest} tasks), ${g.sameTask} SAME_TASK_AS`);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exit(1);
});
