import "reflect-metadata";
import { createHash } from "crypto";
import { graphql } from "graphql";
import neo4j from "neo4j-driver";
import * as path from "path";
import { loadConfig, PROJECT_ROOT } from "../src/config";
import { createContext } from "../src/context";
import { CypherLibrary } from "../src/cypher";
import { Database, QueryStats, Row, toJs, toNeo4j } from "../src/db";
import { buildGraphQLSchema } from "../src/schema";
import { contractQueries } from "./queries";

/**
 * `node dist/bench/db-hits.js [bolt-uri]`: asks each contract query in process, PROFILEs
 * every statement it sends (compiled or a loader's named query) and prints the database hits, the rows' size and a digest of
 * the answer (equal digests, equal answers). Run it against the graph the benchmark left
 * (`.neo4j/bench`, `npm run neo4j -- start` with LOCAL_NEO4J_DIR=.neo4j/bench LOCAL_NEO4J_PORT=7790).
 */
async function main(uri: string): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_URI: uri });
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
  const cypher = CypherLibrary.load(path.join(PROJECT_ROOT, "cypher", "queries"));
  const schema = buildGraphQLSchema();
  try {
    for (const q of contractQueries(PROJECT_ROOT)) {
      const sent: { name: string; dbHits: number; bytes: number }[] = [];
      const profiling = {
        async readValue(name: string, query: string, params: Row = {}, stats?: QueryStats) {
          const [row] = await profiling.read(name, query, params, stats);
          return { value: row.value, version: row.version as string | null };
        },
        async read(name: string, query: string, params: Row = {}, stats?: QueryStats): Promise<Row[]> {
          stats?.sent.push(name);
          const session = driver.session({ database: config.neo4j.database });
          try {
            const result = await session.run(`PROFILE ${query}`, toNeo4j(params) as Row);
            const rows = result.records.map((r) => toJs(r.toObject()) as Row);
            sent.push({ name, dbHits: dbHits(result.summary.profile), bytes: JSON.stringify(rows).length });
            return rows;
          } finally {
            await session.close();
          }
        },
      } as unknown as Database;
      const ctx = createContext({ config, db: profiling, cypher }, "db-hits");
      const result = await graphql({ schema, source: q.ours.query, variableValues: q.ours.variables, contextValue: ctx });
      if (result.errors) throw new Error(`${q.name}: ${result.errors.map((e) => e.message).join("; ")}`);
      const digest = createHash("sha256").update(q.ours.digest(result.data).join("\n")).digest("hex").slice(0, 8);
      const sum = (k: "dbHits" | "bytes") => sent.reduce((n, s) => n + s[k], 0);
      console.log(`${q.name}: ${sent.length} queries, ${sum("dbHits")} db hits, ${(sum("bytes") / 1000).toFixed(1)} KB of rows, answer ${digest}`);
      for (const s of sent) console.log(`  ${s.name}: ${s.dbHits} db hits, ${(s.bytes / 1000).toFixed(1)} KB`);
    }
  } finally {
    await driver.close();
  }
}

function dbHits(plan: { dbHits?: number; children?: unknown[] } | false | undefined): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((n, c) => n + dbHits(c as typeof plan), 0);
}

main(process.argv[2] ?? "bolt://127.0.0.1:7790").then(
  () => process.exit(0),
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);
