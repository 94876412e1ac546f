import "reflect-metadata";
import * as path from "path";
import type { Config } from "../../../src/config";
import { CypherLibrary } from "../../../src/cypher";
import { Database } from "../../../src/db";
import { createLogger } from "../../../src/log";
import { buildGraphQLSchema } from "../../../src/schema";
import { ApiServer, neo4jReadiness, startApiServer } from "../../../src/server";
import { testConfig } from "../../setup/test-config";

export interface ReliabilityApi {
  url: string;
  db: Database;
  config: Config;
  server: ApiServer;
  /** Every JSON log line the server wrote. */
  logs: string[];
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any; ms: number }>;
  close(): Promise<void>;
}

/**
 * The real server over any Neo4j (the shared test one by default, or a test's own),
 * with its readiness check and its logs captured, so a test can read both.
 */
export async function startApi(opts: { uri?: string; env?: Record<string, string>; logLevel?: "debug" | "info" | "error" } = {}): Promise<ReliabilityApi> {
  const config = testConfig({ PORT: "0", ...opts.env });
  const db = Database.connect(opts.uri ?? process.env.TEST_NEO4J_URI!, config.neo4j);
  const logs: string[] = [];
  const server = await startApiServer({
    config,
    db,
    cypher: CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries")),
    schema: buildGraphQLSchema(),
    log: createLogger(opts.logLevel ?? "error", (line) => void logs.push(line)),
    readiness: neo4jReadiness(db),
  });
  return {
    url: server.url,
    db,
    config,
    server,
    logs,
    async gql(query, variables, headers = {}) {
      const started = performance.now();
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      return { status: res.status, body, ms: performance.now() - started };
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}
