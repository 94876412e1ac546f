import type { ApolloServerPlugin } from "@apollo/server";
import { createHash } from "crypto";
import type { NextFunction, Request, Response } from "express";
import type { Context } from "../context";
import type { Database } from "../db";
import type { Logger } from "../log";
import { HEALTH_QUERIES } from "./health";

/**
 * HTTP caching of GraphQL answers. The graph changes only when a document is loaded (or
 * its lineage recomputed), and each of those counts the graph's version up in its own
 * transaction (cypher/load/bump-graph-version.cypher). So an answer is named by the
 * version it was read at and the request: `ETag: W/"<epoch>-<version>-<request>"`, weak
 * because `extensions.cost.ms` differs from one answer to the next. Every API instance
 * reads the version from the same graph, so behind a balancer they agree.
 *
 * A request whose If-None-Match still names the current version gets 304 without being
 * run: one read of the version, no GraphQL. GET works for queries (with Apollo's CSRF
 * header, `apollo-require-preflight: true`), and so do automatic persisted queries
 * (`extensions.persistedQuery.sha256Hash`), so browsers and CDNs can cache by URL.
 */

const GRAPH_VERSION = HEALTH_QUERIES.get("graph-version");

/** What a request asks, whatever its form (POST, GET, query text or persisted hash): the sha256 of its query, its operation and variables. */
export function requestKey(queryHash: string, operationName: string | null | undefined, variables: unknown): string {
  return createHash("sha1")
    .update(`${queryHash}\n${operationName ?? ""}\n${JSON.stringify(variables ?? {})}`)
    .digest("base64url")
    .slice(0, 22);
}

export function etag(graphVersion: string, key: string): string {
  const [epoch, count] = graphVersion.split(".");
  return `W/"${epoch.slice(0, 8)}-${count}-${key}"`;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The request key of a GraphQL request as express parsed it (JSON body for POST, query string for GET); null when it is not one. */
function keyOf(req: Request): string | null {
  const source = req.method === "GET" ? req.query : req.body;
  if (!source || typeof source !== "object") return null;
  const parse = (v: unknown) => {
    if (req.method !== "GET" || typeof v !== "string") return v;
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  };
  const extensions = parse(source.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  const hash = extensions?.persistedQuery?.sha256Hash;
  const queryHash = typeof hash === "string" ? hash : typeof source.query === "string" ? sha256(source.query) : null;
  if (!queryHash) return null;
  const operationName = typeof source.operationName === "string" ? source.operationName : null;
  return requestKey(queryHash, operationName, parse(source.variables));
}

/**
 * Before GraphQL: answers 304 Not Modified when If-None-Match names what the request would
 * get now (its key at the graph's current version). Anything else goes on to Apollo.
 */
export function notModified(db: Database, log: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const condition = req.headers["if-none-match"];
    if (!condition || (req.method !== "GET" && req.method !== "POST")) return next();
    const key = keyOf(req);
    if (!key) return next();
    let version: string | null;
    try {
      version = ((await db.read("health/graph-version", GRAPH_VERSION))[0]?.version as string | null) ?? null;
    } catch {
      // Whether it changed cannot be told now: let the request run (and fail or answer) as usual.
      return next();
    }
    if (!version) return next();
    const current = etag(version, key);
    if (!condition.split(",").some((t) => t.trim() === current || t.trim() === "*")) return next();
    log.info("graphql request", { requestId: res.locals.requestId, outcome: "not-modified", http: 304 });
    res.setHeader("etag", current);
    res.setHeader("cache-control", CACHE_CONTROL);
    res.status(304).end();
  };
}

/** Caches may keep an answer but must ask again before using it: a load can change it at any time. */
const CACHE_CONTROL = "no-cache";

/**
 * Gives an answer its ETag when it is one version's: no errors, and every database read of
 * the request a compiled statement that read the same graph version (a loader's read
 * carries no version, and a load between two statements would mix versions).
 */
export function etagPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, request, queryHash, errors }) {
          if (response.body.kind !== "single" || errors?.length || response.body.singleResult.errors?.length || !queryHash) return;
          const versions = contextValue.graphVersions;
          if (!versions.length || versions.length !== contextValue.stats.dbRoundTrips || versions.some((v) => !v || v !== versions[0])) return;
          response.http.headers.set("etag", etag(versions[0]!, requestKey(queryHash, request.operationName, request.variables)));
          response.http.headers.set("cache-control", CACHE_CONTROL);
        },
      };
    },
  };
}
