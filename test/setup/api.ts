import "reflect-metadata";
import * as path from "path";
import { Config } from "../../src/config";
import { CypherLibrary } from "../../src/cypher";
import { Database } from "../../src/db";
import { createLogger } from "../../src/log";
import { buildGraphQLSchema } from "../../src/schema";
import { ApiServer, neo4jReadiness, startApiServer } from "../../src/server";
import { testConfig } from "./test-config";

export interface TestApi {
  url: string;
  db: Database;
  config: Config;
  server: ApiServer;
  /** POSTs a GraphQL operation and returns the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[]; extensions?: any }>;
  close(): Promise<void>;
}

/** The real server on an ephemeral loopback port, against the test Neo4j that global-setup loaded. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = testConfig({ PORT: "0", ...overrides });
  const db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
  const server = await startApiServer({
    config,
    db,
    cypher: CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries")),
    schema: buildGraphQLSchema(),
    log: createLogger("error"),
    readiness: neo4jReadiness(db),
  });
  return {
    url: server.url,
    db,
    config,
    server,
    async gql(query, variables) {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    async close() {
      await server.close();
      await db.close();
    },
  };
}
