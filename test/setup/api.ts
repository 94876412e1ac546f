import "reflect-metadata";
import * as path from "path";
import { Config } from "../../src/config";
import { CypherLibrary } from "../../src/cypher";
import { Database } from "../../src/db";
import { createLogger, Level } from "../../src/log";
import { buildGraphQLSchema } from "../../src/schema";
import { ApiServer, neo4jReadiness, Readiness, startApiServer } from "../../src/server";
import { testConfig } from "./test-config";

export interface TestServerOptions {
  /** Configuration variables over the test ones; PORT is always an ephemeral port. */
  env?: Record<string, string>;
  /** The Neo4j to serve from: the test one that global-setup loaded unless a test brings its own. */
  uri?: string;
  /** "error" unless a test reads the logs. */
  logLevel?: Level;
  /** Receives each JSON log line instead of stderr. */
  onLog?: (line: string) => void;
  /** Whether Neo4j answers, unless a test stands in its own. */
  readiness?: Readiness;
}

export interface TestServer {
  url: string;
  db: Database;
  config: Config;
  server: ApiServer;
  /** Stops the server, then closes its driver. */
  close(): Promise<void>;
}

export interface TestApi extends TestServer {
  /** POSTs a GraphQL operation and returns the parsed body. */
  // `errors` is `any`: tests index into it directly, and a missing one fails the test anyway.
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any; extensions?: any }>;
}

/** The real server on an ephemeral loopback port, built as main.ts builds it, over the Neo4j the options name. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const config = testConfig({ PORT: "0", ...opts.env });
  const db = Database.connect(opts.uri ?? process.env.TEST_NEO4J_URI!, config.neo4j);
  const server = await startApiServer({
    config,
    db,
    cypher: CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries")),
    schema: buildGraphQLSchema(),
    log: createLogger(opts.logLevel ?? "error", opts.onLog),
    readiness: opts.readiness ?? neo4jReadiness(db),
  });
  return {
    url: server.url,
    db,
    config,
    server,
    async close() {
      await server.close();
      await db.close();
    },
  };
}

/** POSTs a GraphQL operation to the server at `url`: the HTTP status, the parsed body and the milliseconds it took. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, body, ms: performance.now() - started };
}

/** The real server against the test Neo4j that global-setup loaded, with `overrides` over the test configuration. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const server = await startTestServer({ env: overrides });
  return {
    ...server,
    async gql(query, variables) {
      return (await postGraphQL(server.url, query, variables)).body;
    },
  };
}
