import * as fs from "fs";
import * as path from "path";
import type { Config } from "../config";

/**
 * neo4j.conf for the project's own server: Bolt on loopback only, no HTTP
 * connector, a bounded heap and page cache so the JVM, Node and the tests share
 * 2 cores and 24 GiB. Auth is off because nothing but this machine can connect;
 * a Neo4j reachable from elsewhere is configured through NEO4J_URI instead.
 */
export function writeNeo4jConf(local: Config["local"]): string {
  const confDir = path.join(local.dir, "conf");
  fs.mkdirSync(confDir, { recursive: true });
  for (const d of ["data", "logs", "run", "plugins", "import"]) fs.mkdirSync(path.join(local.dir, d), { recursive: true });
  const conf = [
    "# Written by policy-graph at every start; edit LOCAL_NEO4J_* variables instead.",
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${local.boltPort}`,
    "server.bolt.advertised_address=127.0.0.1",
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=false",
    "dbms.usage_report.enabled=false",
    `server.memory.heap.initial_size=${local.heap}`,
    `server.memory.heap.max_size=${local.heap}`,
    `server.memory.pagecache.size=${local.pageCache}`,
    "db.tx_log.rotation.retention_policy=100M size",
    `server.directories.data=${path.join(local.dir, "data")}`,
    `server.directories.logs=${path.join(local.dir, "logs")}`,
    `server.directories.run=${path.join(local.dir, "run")}`,
    `server.directories.plugins=${path.join(local.dir, "plugins")}`,
    `server.directories.import=${path.join(local.dir, "import")}`,
    "",
  ].join("\n");
  fs.writeFileSync(path.join(confDir, "neo4j.conf"), conf);
  return confDir;
}
