import type { Config } from "./config";
import type { Logger } from "./log";
import type { CypherLibrary } from "./cypher";
import { Database, QueryStats, Row } from "./db";
import { DatabaseUnavailableError, RequestTimeoutError } from "./errors";
import { lazyLoaders } from "./common/loaders";
import { departmentLoaders } from "./departments/department.loaders";
import { indicatorLoaders } from "./indicators/indicator.loaders";
import { lineageLoaders } from "./lineage/api/lineage.loaders";
import { documentLoaders } from "./documents/document.loaders";
import { planLoaders } from "./plans/plan.loaders";
import { regionLoaders } from "./regions/region.loaders";
import { taskLoaders } from "./tasks/task.loaders";

/** Every concept's loaders, made per request and each only when first used. */
export const createLoaders = lazyLoaders({ ...planLoaders, ...documentLoaders, ...regionLoaders, ...taskLoaders, ...departmentLoaders, ...indicatorLoaders, ...lineageLoaders });
export type Loaders = ReturnType<typeof createLoaders>;

/** Everything a resolver may use, created fresh for every request (DataLoaders included). */
export interface Context {
  requestId: string;
  config: Config;
  stats: QueryStats;
  startedAt: number;
  /** `performance.now()` past which this request's reads fail with REQUEST_TIMEOUT. */
  deadline: number;
  loaders: Loaders;
  /**
   * Runs a named query of cypher/queries, counted in this request's stats, within
   * min(QUERY_TIMEOUT_MS, the time the request has left of REQUEST_TIMEOUT_MS).
   */
  read(name: string, params?: Row): Promise<Row[]>;
  /** Whether root fields take their compiled statements (COMPILE_QUERIES). */
  compile: boolean;
  /** Runs a compiled statement within the same limits as `read`; resolves with its value and notes the graph version it read. */
  readStatement(name: string, cypher: string, params: Row): Promise<unknown>;
  /** The graph version each compiled statement of this request read (for its ETag). */
  graphVersions: (string | null)[];
  log?: Logger;
}

export interface ContextDeps {
  config: Config;
  db: Database;
  cypher: CypherLibrary;
  /** Where a compiled statement Neo4j refused is reported (the request is then answered by the loaders). */
  log?: Logger;
}

export function createContext(deps: ContextDeps, requestId: string): Context {
  const stats = new QueryStats();
  const startedAt = performance.now();
  const budget = deps.config.graphql.requestTimeoutMs;
  const deadline = startedAt + budget;
  // Each call gets min(QUERY_TIMEOUT_MS, the time the request has left).
  const limited = async <T>(call: (timeoutMs: number | undefined) => Promise<T>): Promise<T> => {
    const left = deadline - performance.now();
    if (left <= 0) throw new RequestTimeoutError(budget);
    const cutByDeadline = left < deps.config.neo4j.queryTimeoutMs;
    try {
      return await call(cutByDeadline ? left : undefined);
    } catch (e) {
      // A read that ran out of the request's time, not of its own: say which limit it was.
      if (cutByDeadline && e instanceof DatabaseUnavailableError && e.timedOut) throw new RequestTimeoutError(budget);
      throw e;
    }
  };
  const read = (name: string, params: Row = {}) => limited((t) => deps.db.read(name, deps.cypher.get(name), params, stats, t));
  const graphVersions: (string | null)[] = [];
  const readStatement = async (name: string, cypher: string, params: Row) => {
    const { value, version } = await limited((t) => deps.db.readValue(name, cypher, params, stats, t));
    graphVersions.push(version);
    return value;
  };
  return {
    requestId,
    config: deps.config,
    stats,
    startedAt,
    deadline,
    read,
    readStatement,
    graphVersions,
    compile: deps.config.graphql.compile,
    loaders: createLoaders(read),
    log: deps.log,
  };
}
