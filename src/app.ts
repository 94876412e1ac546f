import * as path from "path";
import type { Config } from "./config";
import { CypherLibrary } from "./cypher";
import { ingestSeeds } from "./ingest/seeds";
import type { Logger } from "./log";
import { migrate } from "./migrate";
import { GraphStore, openGraphStore } from "./neo4j";
import { buildGraphQLSchema } from "./schema";
import { ApiServer, neo4jReadiness, startApiServer } from "./server";

export interface App {
  store: GraphStore;
  server: ApiServer;
  /** Graceful: stop taking requests, finish in-flight ones, close the driver, stop our own Neo4j. */
  close(): Promise<void>;
}

/** Provision or connect Neo4j, migrate, load changed seeds, serve. */
export async function startApp(config: Config, log: Logger): Promise<App> {
  const cypher = CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries"));
  const schema = buildGraphQLSchema();
  const store = await openGraphStore(config, log);
  try {
    const applied = await migrate(store.db, path.join(config.projectRoot, "cypher", "migrations"));
    log.info("schema migrations applied", { statements: applied });
    if (config.loadSeeds) await ingestSeeds(store.db, config.seedsDir, config.projectRoot, log);
    const server = await startApiServer({ config, db: store.db, cypher, schema, log, readiness: neo4jReadiness(store.db) });
    return {
      store,
      server,
      async close() {
        log.info("closing the HTTP server (in-flight requests finish first)");
        await server.close();
        log.info("closing the Neo4j driver");
        await store.close();
        log.info("stopped");
      },
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}
