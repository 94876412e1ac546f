import { loadConfig } from "../src/config";
import { runningPid, startLocalNeo4j, stopLocalNeo4j, logFile } from "../src/local-neo4j/process";

/** `npm run neo4j -- start|stop|status`: the project's own Neo4j, by hand. */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const log = (m: string) => console.error(`[neo4j] ${m}`);
  if (config.neo4j.uri) {
    log(`NEO4J_URI is set (${config.neo4j.uri}): the project manages no local server`);
    return command === "status" ? 0 : 1;
  }
  switch (command) {
    case "start": {
      const server = await startLocalNeo4j(config, { tieToProcess: false, log });
      console.log(`Neo4j running: ${server.uri} (pid ${server.pid}, log ${server.logFile})`);
      return 0;
    }
    case "stop":
      console.log((await stopLocalNeo4j(config, log)) ? "Neo4j stopped" : "Neo4j was not running");
      return 0;
    case "status": {
      const pid = runningPid(config.local);
      console.log(pid ? `running (pid ${pid}) on bolt://127.0.0.1:${config.local.boltPort}, log ${logFile(config.local)}` : "not running");
      return pid ? 0 : 3;
    }
    default:
      console.error("usage: npm run neo4j -- start|stop|status");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`[neo4j] ${e.message}`);
    process.exit(1);
  },
);
