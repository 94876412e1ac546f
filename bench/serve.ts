import "reflect-metadata";
import * as path from "path";
import { loadConfig } from "../src/config";
import { CypherLibrary } from "../src/cypher";
import { Database } from "../src/db";
import { createLogger } from "../src/log";
import { buildGraphQLSchema } from "../src/schema";
import { startApiServer } from "../src/server";
import { startFloorServer } from "./floor";
import { startPeerServer } from "./peer/server";

/**
 * A server for the benchmark, in a process of its own so that it does not share an
 * event loop with the load generator: `ours` is the real API server (src/server.ts)
 * on the bench Neo4j; `peer` is @neo4j/graphql behind the same Express 5 + Apollo
 * stack; `floor` is the hand-written floor behind a bare node:http handler. Prints `{"url": …}` on stdout once it listens; stops on SIGTERM.
 */
async function main(which: string | undefined): Promise<void> {
  const config = loadConfig();
  const uri = config.neo4j.uri;
  if (!uri) throw new Error("serve.ts needs NEO4J_URI (the bench sets it)");
  let close: () => Promise<void>;
  let url: string;
  if (which === "ours") {
    const db = Database.connect(uri, config.neo4j);
    const server = await startApiServer({
      config,
      db,
      cypher: CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries")),
      schema: buildGraphQLSchema(),
      log: createLogger(config.logLevel),
      readiness: { check: async () => ({ ready: true }) },
    });
    url = `${server.url}/graphql`;
    close = async () => {
      await server.close();
      await db.close();
    };
  } else if (which === "peer") {
    const peer = await startPeerServer(uri, config.neo4j.database, config.http.host);
    url = peer.url;
    close = peer.close;
  } else if (which === "floor") {
    const floor = await startFloorServer(uri, config.neo4j.database, config.http.host);
    url = floor.url;
    close = floor.close;
  } else {
    throw new Error(`usage: node dist/bench/serve.js ours|peer|floor (got ${which})`);
  }
  process.stdout.write(JSON.stringify({ url }) + "\n");
  process.on("SIGTERM", () => void close().then(() => process.exit(0)));
}

main(process.argv[2]).catch((e: Error) => {
  process.stderr.write(`bench server failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
