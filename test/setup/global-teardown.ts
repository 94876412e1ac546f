import type { LocalNeo4j } from "../../src/local-neo4j/process";

/** Stops the test Neo4j if global-setup started it. */
export default async function globalTeardown(): Promise<void> {
  const local = (globalThis as { __neo4j?: LocalNeo4j }).__neo4j;
  if (local?.owned) await local.stop();
}
