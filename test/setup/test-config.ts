import { Config, loadConfig } from "../../src/config";

/**
 * The test suite's configuration: unless NEO4J_URI points at a server, tests run
 * against their own local Neo4j (own store and port), so they never touch the
 * graph that `npm start` serves.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    ...process.env,
    LOCAL_NEO4J_DIR: process.env.TEST_LOCAL_NEO4J_DIR ?? ".neo4j/test",
    LOCAL_NEO4J_PORT: process.env.TEST_LOCAL_NEO4J_PORT ?? "7688",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    NEO4J_URI: process.env.TEST_NEO4J_URI ?? process.env.NEO4J_URI ?? "",
    ...overrides,
  });
}
