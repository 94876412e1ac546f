import "reflect-metadata";
import { startApp } from "./app";
import { loadConfig } from "./config";
import { createLogger } from "./log";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const app = await startApp(config, log);
  process.stdout.write(`\npolicy-graph is serving GraphQL at ${app.server.url}/graphql (explorer: ${app.server.url}/)\n\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      // A second signal means "now": the watchdog stops our Neo4j once this process is gone.
      log.warn("second signal during shutdown: exiting at once", { signal });
      process.exit(1);
    }
    stopping = true;
    log.info("shutting down", { signal });
    try {
      await app.close();
      process.exit(0);
    } catch (e) {
      log.error("shutdown failed", { error: (e as Error).stack ?? String(e) });
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e: Error) => {
  process.stderr.write(`policy-graph failed to start: ${e.message}\n`);
  process.exit(1);
});
