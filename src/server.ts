import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { randomUUID } from "crypto";
import express, { NextFunction, Request, Response } from "express";
import { GraphQLError, GraphQLFormattedError, GraphQLSchema } from "graphql";
import * as http from "http";
import type { Config } from "./config";
import { Context, ContextDeps, createContext } from "./context";
import type { Database } from "./db";
import { loadAuditPage, registerAuditPage } from "./audit-page";
import { registerDocumentRoutes } from "./documents/routes";
import { buildExplorer } from "./explorer";
import { registerExportRoutes } from "./exports/routes";
import { limitsPlugin } from "./limits";
import type { Logger } from "./log";

export interface Readiness {
  /** Whether Neo4j answers and the graph is loaded; the reason when not. */
  check(): Promise<{ ready: boolean; reason?: string }>;
}

/** One loaded plan, through the `plan_file` index (only loaded plans have a file): cheap on any graph. */
const LOADED_PLAN = "MATCH (p:Plan) WHERE p.file IS NOT NULL RETURN p.id AS id LIMIT 1";

/**
 * Ready when Neo4j answers now and holds at least one loaded plan: a wiped or
 * never-loaded graph behind NEO4J_URI would otherwise pass for a working service.
 * One round trip (a connection the pool kept from before a Neo4j restart is retried
 * on a fresh one, nothing else), so it reports the state now.
 */
export function neo4jReadiness(db: Database): Readiness {
  return {
    async check() {
      let rows: unknown[];
      try {
        rows = await db.read("readiness/loaded-plan", LOADED_PLAN);
      } catch (e) {
        return { ready: false, reason: `Neo4j does not answer: ${(e as Error).message}` };
      }
      if (!rows.length) return { ready: false, reason: `Neo4j answers, but database ${db.database} holds no loaded plan: load the documents (npm run ingest)` };
      return { ready: true };
    },
  };
}

export interface ApiServer {
  url: string;
  httpServer: http.Server;
  /** Stops taking requests, lets in-flight ones finish (cut after `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
}

const KNOWN_CODES = new Set(["BAD_USER_INPUT", "NOT_FOUND", "DATABASE_UNAVAILABLE", "QUERY_TOO_COMPLEX", "REQUEST_TIMEOUT", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE"]);

export async function startApiServer(
  deps: ContextDeps & { schema: GraphQLSchema; log: Logger; readiness: Readiness },
): Promise<ApiServer> {
  const { config, log } = deps;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    introspection: config.graphql.introspection,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    plugins: [limitsPlugin(deps.schema, config.graphql), costPlugin(), requestLogPlugin(log)],
    formatError: (formatted, error) => formatError(hideSuggestions(formatted, config), error, log),
    includeStacktraceInErrorResponses: false,
    // main.ts owns signals: it drains HTTP, closes the driver and stops Neo4j in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use((req, res, next) => {
    const id = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
    res.locals.requestId = id;
    res.setHeader("x-request-id", id);
    cors(config, req, res);
    if (req.method === "OPTIONS") return void res.status(204).end();
    next();
  });

  app.get("/health", (_req, res) => void res.json({ status: "ok" }));
  app.get("/ready", async (_req, res) => {
    const r = await deps.readiness.check();
    res.status(r.ready ? 200 : 503).json({ status: r.ready ? "ready" : "not-ready", ...(r.reason ? { reason: r.reason } : {}) });
  });

  if (config.graphql.explorer) {
    const explorer = buildExplorer("/graphql");
    app.get("/", (_req, res) => void res.type("html").send(explorer.html));
    app.get("/explorer/:asset", (req, res) => {
      const asset = explorer.assets.get(req.params.asset);
      if (!asset) return void res.status(404).json({ error: `no explorer asset ${req.params.asset}` });
      res.setHeader("cache-control", "public, max-age=86400");
      res.type(asset.type).send(asset.body);
    });
  }

  if (config.graphql.auditPage) registerAuditPage(app, loadAuditPage(config.projectRoot), log);

  app.use(
    "/graphql",
    express.json({ limit: config.http.bodyLimitBytes }),
    expressMiddleware(apollo, { context: async ({ res }) => createContext(deps, res.locals.requestId as string) }),
  );

  registerExportRoutes(app, deps);
  registerDocumentRoutes(app, deps);
  app.use((req, res) => void res.status(404).json({ error: `no route ${req.method} ${req.path}` }));
  app.use((err: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    const status = err.status ?? 500;
    if (status >= 500) log.error("unhandled HTTP error", { requestId: res.locals.requestId, error: err.stack });
    const message =
      err.type === "entity.too.large"
        ? `request body is larger than the limit of ${config.http.bodyLimitBytes} bytes`
        : err.type === "entity.parse.failed"
          ? "request body is not valid JSON"
          : status >= 500
            ? "internal server error"
            : err.message;
    res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } }] });
  });

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

function cors(config: Config, req: Request, res: Response): void {
  const origin = req.headers.origin;
  if (!origin || !config.http.corsOrigins.length) return;
  if (config.http.corsOrigins.includes("*") || config.http.corsOrigins.includes(origin)) {
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("vary", "origin");
    res.setHeader("access-control-allow-headers", "content-type, x-request-id, apollo-require-preflight");
    res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  }
}

/** Every response carries `extensions.cost = { dbRoundTrips, ms }`. */
function costPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          const cost = { dbRoundTrips: contextValue.stats.dbRoundTrips, ms: Math.round(performance.now() - contextValue.startedAt) };
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}

function requestLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ contextValue, response, errors }) {
          log.info("graphql request", {
            requestId: contextValue.requestId,
            operation: request.operationName ?? null,
            ms: Math.round(performance.now() - contextValue.startedAt),
            dbRoundTrips: contextValue.stats.dbRoundTrips,
            outcome: errors?.length ? "error" : "ok",
            errorCodes: errors?.map((e) => e.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
            http: response.http.status ?? 200,
          });
        },
      };
    },
  };
}

/** With introspection off, "Did you mean …?" would still reveal the schema one field name at a time. */
function hideSuggestions(formatted: GraphQLFormattedError, config: Config): GraphQLFormattedError {
  if (config.graphql.introspection || formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED") return formatted;
  return { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, "") };
}

/** Known errors pass through; unknown ones are logged in full and shown without internals. */
function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && KNOWN_CODES.has(code)) return formatted;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  log.error("unexpected error", { error: original instanceof Error ? original.stack : String(original), path: formatted.path });
  return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
