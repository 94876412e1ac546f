import "reflect-metadata";
import * as path from "path";
import { Database } from "../../src/db";
import { ingestSeeds } from "../../src/ingest/seeds";
import { startLocalNeo4j } from "../../src/local-neo4j/process";
import { createLogger } from "../../src/log";
import { migrate } from "../../src/migrate";
import { testConfig } from "./test-config";

/**
 * Before the integration and end-to-end tests: the real Neo4j (the project's own
 * on loopback, or NEO4J_URI's), migrated, with the seed graph loaded. Its URI is
 * handed to the test workers through TEST_NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  const log = createLogger("warn");
  let uri = config.neo4j.uri;
  if (!uri) {
    const local = await startLocalNeo4j(config, { tieToProcess: true, log: (m) => console.error(`[test neo4j] ${m}`) });
    (globalThis as { __neo4j?: typeof local }).__neo4j = local;
    uri = local.uri;
  }
  process.env.TEST_NEO4J_URI = uri;
  const db = Database.connect(uri, config.neo4j);
  try {
    await migrate(db, path.join(config.projectRoot, "cypher", "migrations"));
    await ingestSeeds(db, config.seedsDir, config.projectRoot, log);
  } finally {
    await db.close();
  }
}
