import type { Config } from "./config";
import type { CypherLibrary } from "./cypher";
import { Database, QueryStats, Row } from "./db";
import { createLoaders, Loaders } from "./loaders";

/** Everything a resolver may use, created fresh for every request (DataLoaders included). */
export interface Context {
  requestId: string;
  config: Config;
  stats: QueryStats;
  startedAt: number;
  loaders: Loaders;
  /** Runs a named query of cypher/queries in a read transaction, counted in this request's stats. */
  read(name: string, params?: Row): Promise<Row[]>;
}

export interface ContextDeps {
  config: Config;
  db: Database;
  cypher: CypherLibrary;
}

export function createContext(deps: ContextDeps, requestId: string): Context {
  const stats = new QueryStats();
  const read = (name: string, params: Row = {}) => deps.db.read(name, deps.cypher.get(name), params, stats);
  return { requestId, config: deps.config, stats, startedAt: performance.now(), read, loaders: createLoaders(read) };
}
