import * as fs from "fs";
import * as path from "path";
import { Config } from "../../../src/config";
import { Database } from "../../../src/db";
import { loadDocument } from "../../../src/ingest/load";
import { parseDocument } from "../../../src/ingest/parse";
import { LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from "../../../src/local-neo4j/process";
import { migrate } from "../../../src/migrate";
import { testConfig } from "../../setup/test-config";

export interface OwnNeo4j {
  config: Config;
  uri: string;
  local: LocalNeo4j;
  /** SIGTERM and wait until the JVM is gone (Neo4j checkpoints first). */
  stop(): Promise<void>;
  /** Start it again on the same store and port. */
  start(): Promise<void>;
}

/**
 * A Neo4j of a test's own (own store and port), so the test can stop, kill or
 * restart it without touching the shared test database the other suites use.
 * Small heap and page cache: it runs beside the shared one on 2 cores.
 */
export async function startOwnNeo4j(dir: string, port: number): Promise<OwnNeo4j> {
  const config = testConfig({
    NEO4J_URI: "",
    LOCAL_NEO4J_DIR: dir,
    LOCAL_NEO4J_PORT: String(port),
    LOCAL_NEO4J_HEAP: "512m",
    LOCAL_NEO4J_PAGECACHE: "128m",
  });
  const log = (m: string) => process.stderr.write(`[${path.basename(dir)} neo4j] ${m}\n`);
  const own: OwnNeo4j = {
    config,
    uri: `bolt://127.0.0.1:${port}`,
    local: await startLocalNeo4j(config, { tieToProcess: true, log }),
    async stop() {
      await stopLocalNeo4j(config, log);
    },
    async start() {
      own.local = await startLocalNeo4j(config, { tieToProcess: true, log });
    },
  };
  return own;
}

/** Empties the graph, migrates, and loads the given seed files: each test starts from a known graph. */
export async function loadSeeds(db: Database, config: Config, files: string[]): Promise<void> {
  await db.write("reset", "MATCH (n) DETACH DELETE n");
  await migrate(db, path.join(config.projectRoot, "cypher", "migrations"));
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(config.projectRoot, file));
    await loadDocument(db, parseDocument(file, bytes), { projectRoot: config.projectRoot });
  }
}
