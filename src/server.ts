import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import * as http from "http";
import { Context, ContextDeps, createContext } from "./context";
import { loadAuditPage, registerAuditPage } from "./audit-page";
import { registerDocumentRoutes } from "./documents/routes";
import { registerExplorerRoutes } from "./explorer";
import { registerExportRoutes } from "./exports/routes";
import { etagPlugin, notModified } from "./http/cache";
import { httpErrorHandler, notFound } from "./http/error-handler";
import { OperationExecutor } from "./http/executor";
import { errorFormatter } from "./http/format-error";
import { Readiness, registerHealthRoutes } from "./http/health";
import { requestBasics } from "./http/middleware";
import { costPlugin, requestLogPlugin } from "./http/plugins";
import { limitsPlugin } from "./limits";
import type { Logger } from "./log";

export { neo4jReadiness, type Readiness } from "./http/health";

export interface ApiServer {
  url: string;
  httpServer: http.Server;
  /** Stops taking requests, lets in-flight ones finish (cut after `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
}

/** Composes the HTTP API (health, explorer, GraphQL, exports) and listens on HOST:PORT. */
export async function startApiServer(deps: ContextDeps & { schema: GraphQLSchema; log: Logger; readiness: Readiness }): Promise<ApiServer> {
  const { config, log } = deps;
  const app = express();
  app.disable("x-powered-by");
  // ETags are the graph version's (http/cache.ts), never a hash of a body that differs in its timing.
  app.set("etag", false);
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = config.http.keepAliveMs;
  // Node requires the headers timeout to exceed the keep-alive one, or a reused connection's next request can be cut.
  httpServer.headersTimeout = config.http.keepAliveMs + 1_000;

  const apollo = new ApolloServer<Context>({
    // Apollo parses, validates and runs the plugins; the operation itself runs in http/executor.ts.
    gateway: new OperationExecutor(deps.schema, config.graphql.jit).gateway(),
    introspection: config.graphql.introspection,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    // Apollo's cache-control plugin would hook every field resolved (its hints are not used: http/cache.ts sets the header).
    plugins: [limitsPlugin(deps.schema, config.graphql), costPlugin(), etagPlugin(), requestLogPlugin(log), ApolloServerPluginCacheControlDisabled()],
    formatError: errorFormatter(config, log),
    includeStacktraceInErrorResponses: false,
    // main.ts owns signals: it drains HTTP, closes the driver and stops Neo4j in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(requestBasics(config));
  registerHealthRoutes(app, deps.readiness);
  if (config.graphql.explorer) registerExplorerRoutes(app, "/graphql");
  if (config.graphql.auditPage) registerAuditPage(app, loadAuditPage(config.projectRoot), log);
  app.use(
    "/graphql",
    express.json({ limit: config.http.bodyLimitBytes }),
    notModified(deps.db, log),
    expressMiddleware(apollo, { context: async ({ res }) => createContext(deps, res.locals.requestId as string) }),
  );
  registerExportRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  app.use(notFound);
  app.use(httpErrorHandler(config, log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.http.port, config.http.host, resolve);
  });
  const address = httpServer.address() as { port: number };
  const url = `http://${config.http.host}:${address.port}`;
  return {
    url,
    httpServer,
    async close(graceMs = 10_000) {
      // A client that never finishes its request must not hold the shutdown forever.
      const cut = setTimeout(() => httpServer.closeAllConnections(), graceMs);
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      clearTimeout(cut);
      await apollo.stop();
    },
  };
}
