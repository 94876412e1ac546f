import "reflect-metadata";
import { parse } from "graphql";
import * as path from "path";
import { loadConfig, PROJECT_ROOT } from "../src/config";
import { createContext } from "../src/context";
import { CypherLibrary } from "../src/cypher";
import { Database } from "../src/db";
import { OperationExecutor } from "../src/http/executor";
import { buildGraphQLSchema } from "../src/schema";
import { contractQueries } from "./queries";

/**
 * `node dist/bench/executors.js [bolt-uri] [answers]`: graphql-js against graphql-jit
 * (src/http/executor.ts), in process, on the contract queries: Node CPU per answer
 * (process.cpuUsage, compiled statements included, the two engines alternating batch by
 * batch) and whether both give the same answer. Run it against the graph a benchmark left
 * (`.neo4j/bench`, `npm run neo4j -- start` with LOCAL_NEO4J_DIR=.neo4j/bench LOCAL_NEO4J_PORT=7790).
 */
async function main(uri: string, answers: number): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_URI: uri });
  const db = Database.connect(uri, config.neo4j);
  const deps = { config, db, cypher: CypherLibrary.load(path.join(PROJECT_ROOT, "cypher", "queries")) };
  const schema = buildGraphQLSchema();
  const engines = { "graphql-js": new OperationExecutor(schema, false), "graphql-jit": new OperationExecutor(schema, true) };
  try {
    for (const q of contractQueries(PROJECT_ROOT)) {
      const document = parse(q.ours.query);
      const run = (e: OperationExecutor) => Promise.resolve(e.execute(document, undefined, q.ours.variables, createContext(deps, "bench-executors")));
      const [js, jit] = [await run(engines["graphql-js"]), await run(engines["graphql-jit"])];
      const cpu = { "graphql-js": 0, "graphql-jit": 0 };
      for (let round = 0; round < 10; round++) {
        for (const [name, e] of Object.entries(engines) as [keyof typeof cpu, OperationExecutor][]) {
          const c0 = process.cpuUsage();
          for (let i = 0; i < answers / 10; i++) await run(e);
          const c = process.cpuUsage(c0);
          if (round > 0) cpu[name] += (c.user + c.system) / 1000;
        }
      }
      const per = (ms: number) => (ms / ((answers / 10) * 9)).toFixed(2);
      console.log(`${q.name.padEnd(22)} graphql-js ${per(cpu["graphql-js"])} ms, graphql-jit ${per(cpu["graphql-jit"])} ms of Node CPU per answer; same answer: ${JSON.stringify(js) === JSON.stringify(jit)}`);
    }
  } finally {
    await db.close();
  }
}

main(process.argv[2] ?? "bolt://127.0.0.1:7790", Number(process.argv[3] ?? 300)).catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
