import * as path from "path";

/**
 * The only reader of `process.env`. Everything else receives a `Config`.
 * A bad value stops the start with a message naming the variable and what is allowed.
 */
export interface Config {
  http: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    corsOrigins: string[];
    /** Idle keep-alive connections are closed after this (KEEP_ALIVE_TIMEOUT_MS). */
    keepAliveMs: number;
  };
  graphql: {
    explorer: boolean;
    /** The auditors' page at /audit/ (web/, bundled into dist/web by `npm run build`). */
    auditPage: boolean;
    introspection: boolean;
    maxFirst: number;
    maxDepth: number;
    /** The most values an answer could hold if every list were full (see src/limits.ts). */
    maxCost: number;
    maxTokens: number;
    /** The whole request's budget for database reads; each read gets min(queryTimeoutMs, what is left). */
    requestTimeoutMs: number;
    /** Answer each root field with its one compiled statement (src/compile); false: resolvers and loaders only. */
    compile: boolean;
    /** Execute operations with graphql-jit, compiled once per document (src/http/executor.ts); false: graphql-js. */
    jit: boolean;
  };
  neo4j: {
    /** Set: use that Neo4j and provision nothing. Unset: the project's own local server. */
    uri?: string;
    user: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
    connectionTimeoutMs: number;
  };
  local: {
    /** Store, logs, conf and pid file of the project's own Neo4j. */
    dir: string;
    /** Jars resolved from Maven Central, shared by every local instance. */
    libDir: string;
    boltPort: number;
    heap: string;
    pageCache: string;
    startupTimeoutMs: number;
  };
  seedsDir: string;
  loadSeeds: boolean;
  logLevel: "debug" | "info" | "warn" | "error";
  projectRoot: string;
}

export class ConfigError extends Error {
  constructor(variable: string, value: string, allowed: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: ${allowed}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");
export const NEO4J_VERSION = "5.26.20";

/**
 * NODE_ENV=production flips the defaults that help a developer and expose the schema
 * to strangers: no explorer page, no auditors' page, no introspection. Each stays
 * switchable by its own variable; host (loopback) and CORS (none) are already closed
 * by default everywhere.
 */
function productionDefaults(env: Env): { explorer: boolean; auditPage: boolean; introspection: boolean } {
  const production = env.NODE_ENV === "production";
  return { explorer: !production, auditPage: !production, introspection: !production };
}

export function loadConfig(env: Env = process.env): Config {
  const root = PROJECT_ROOT;
  const defaults = productionDefaults(env);
  const uri = str(env, "NEO4J_URI", "");
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    throw new ConfigError("NEO4J_URI", uri, "expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host");
  }
  const queryTimeoutMs = int(env, "QUERY_TIMEOUT_MS", 10_000, 100, 600_000);
  return {
    http: {
      host: str(env, "HOST", "127.0.0.1"),
      port: int(env, "PORT", 4000, 0, 65535),
      bodyLimitBytes: int(env, "BODY_LIMIT_BYTES", 100_000, 1_000, 10_000_000),
      // How long an idle keep-alive connection stays open. Longer than the clients' and balancers'
      // own idle limits (undici 4 s, most balancers 60 s): a server that closes first races a
      // request the client is already sending on that connection, which then fails as a reset.
      keepAliveMs: int(env, "KEEP_ALIVE_TIMEOUT_MS", 65_000, 1_000, 3_600_000),
      corsOrigins: list(env, "CORS_ORIGINS"),
    },
    graphql: {
      explorer: bool(env, "EXPLORER", defaults.explorer),
      auditPage: bool(env, "AUDIT_PAGE", defaults.auditPage),
      introspection: bool(env, "INTROSPECTION", defaults.introspection),
      maxFirst: int(env, "MAX_PAGE_SIZE", 500, 1, 10_000),
      maxDepth: int(env, "MAX_QUERY_DEPTH", 12, 2, 100),
      // Cost multiplies every list by its page size or estimated size: the largest query of
      // the tests (all loaded plans' first 500 tasks with their lead's first 50) costs 2.5 million.
      maxCost: int(env, "MAX_QUERY_COST", 5_000_000, 100, 1_000_000_000),
      // The parser stops here: a nesting or alias bomb fails with a clear message, not a stack overflow.
      maxTokens: int(env, "MAX_QUERY_TOKENS", 2_000, 200, 1_000_000),
      // Longer than one query timeout, so that a database that stops answering is reported
      // as DATABASE_UNAVAILABLE by the read it froze (unless the request had used a third of its budget).
      requestTimeoutMs: int(env, "REQUEST_TIMEOUT_MS", Math.round(queryTimeoutMs * 1.5), 100, 3_600_000),
      // A switch for operators (and the tests of the loaders): the compiled path is the default.
      compile: bool(env, "COMPILE_QUERIES", true),
      // graphql-jit executes operations (http/executor.ts); false: graphql-js, to compare the two.
      jit: bool(env, "GRAPHQL_JIT", true),
    },
    neo4j: {
      uri: uri || undefined,
      user: str(env, "NEO4J_USER", "neo4j"),
      password: str(env, "NEO4J_PASSWORD", ""),
      database: str(env, "NEO4J_DATABASE", "neo4j"),
      queryTimeoutMs,
      connectionTimeoutMs: int(env, "NEO4J_CONNECTION_TIMEOUT_MS", 5_000, 100, 120_000),
    },
    local: {
      dir: path.resolve(root, str(env, "LOCAL_NEO4J_DIR", ".neo4j/dev")),
      libDir: path.resolve(root, ".neo4j", `lib-${NEO4J_VERSION}`),
      boltPort: int(env, "LOCAL_NEO4J_PORT", 7687, 1, 65535),
      heap: memory(env, "LOCAL_NEO4J_HEAP", "1g"),
      pageCache: memory(env, "LOCAL_NEO4J_PAGECACHE", "512m"),
      startupTimeoutMs: int(env, "LOCAL_NEO4J_STARTUP_TIMEOUT_MS", 180_000, 5_000, 1_800_000),
    },
    seedsDir: path.resolve(root, str(env, "SEEDS_DIR", "seeds")),
    loadSeeds: bool(env, "LOAD_SEEDS", true),
    logLevel: oneOf(env, "LOG_LEVEL", "info", ["debug", "info", "warn", "error"] as const),
    projectRoot: root,
  };
}

function str(env: Env, name: string, fallback: string): string {
  const v = env[name];
  return v === undefined || v === "" ? fallback : v;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const v = env[name];
  if (v === undefined || v === "") return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(name, v, `expected an integer from ${min} to ${max}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const v = env[name];
  if (v === undefined || v === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError(name, v, "expected true or false");
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function memory(env: Env, name: string, fallback: string): string {
  const v = str(env, name, fallback);
  if (!/^\d+[kmg]$/i.test(v)) throw new ConfigError(name, v, "expected a size such as 512m or 2g");
  return v;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const v = str(env, name, fallback);
  if (!(allowed as readonly string[]).includes(v)) throw new ConfigError(name, v, `expected one of ${allowed.join(", ")}`);
  return v as T;
}
