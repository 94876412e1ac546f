import { postGraphQL, startTestServer, TestServer } from "../../setup/api";

export interface ReliabilityApi extends TestServer {
  /** Every JSON log line the server wrote. */
  logs: string[];
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any; ms: number }>;
}

/**
 * The test server over any Neo4j (the shared test one by default, or a test's own),
 * with its logs captured and each answer's status and time, so a test can read them.
 */
export async function startApi(opts: { uri?: string; env?: Record<string, string>; logLevel?: "debug" | "info" | "error" } = {}): Promise<ReliabilityApi> {
  const logs: string[] = [];
  const server = await startTestServer({ uri: opts.uri, env: opts.env, logLevel: opts.logLevel, onLog: (line) => void logs.push(line) });
  return {
    ...server,
    logs,
    gql: (query, variables, headers) => postGraphQL(server.url, query, variables, headers),
  };
}
