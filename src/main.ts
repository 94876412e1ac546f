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
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e: Error) => {
  process.stderr.write(`policy-graph failed to start: ${e.message}\n`);
  process.exit(1);
});
