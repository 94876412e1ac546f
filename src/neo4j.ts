import type { Config } from "./config";
import { Database } from "./db";
import type { Logger } from "./log";
import { LocalNeo4j, startLocalNeo4j } from "./local-neo4j/process";

export interface GraphStore {
  db: Database;
  /** The project's own server, when NEO4J_URI is unset. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

/** NEO4J_URI set: use that server and provision nothing. Unset: start (or reuse) the project's own on loopback. */
export async function openGraphStore(config: Config, log: Logger): Promise<GraphStore> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = await startLocalNeo4j(config, { tieToProcess: true, log: (m) => log.info(m) });
    uri = local.uri;
  }
  const db = Database.connect(uri, config.neo4j);
  try {
    await db.ping();
  } catch (e) {
    await db.close();
    if (local?.owned) await local.stop();
    throw new Error(`cannot query Neo4j at ${uri} (database ${config.neo4j.database}): ${(e as Error).message}`);
  }
  log.info("connected to Neo4j", { uri, database: config.neo4j.database, provisioned: Boolean(local) });
  return {
    db,
    local,
    async close() {
      await db.close();
      if (local?.owned) await local.stop();
    },
  };
}
