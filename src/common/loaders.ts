import DataLoader from "dataloader";
import type { Row } from "../db";

/** Runs a named query of cypher/queries for the current request (see `Context.read`). */
export type Read = (name: string, params?: Row) => Promise<Row[]>;

/**
 * Loaders over batch-shaped named queries: `UNWIND $ids AS key … RETURN key, node`.
 * `byId`: each key gets its one node or null; `listById`: the list of its nodes, in query order.
 */
export function byId(read: Read, query: string): DataLoader<string, Row | null> {
  return new DataLoader(async (ids) => {
    const rows = await read(query, { ids: [...ids] });
    const found = new Map(rows.map((r) => [r.key as string, r.node as Row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function listById(read: Read, query: string, params: Row = {}): DataLoader<string, Row[]> {
  return new DataLoader(async (ids) => {
    const grouped = new Map<string, Row[]>();
    for (const r of await read(query, { ...params, ids: [...ids] })) append(grouped, r.key as string, r.node as Row);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/** As `listById`, but each key gets its whole rows (the node and what the query says about it), with `params` added to the query's. */
export function rowsById(read: Read, query: string, params: Row = {}): DataLoader<string, Row[]> {
  return new DataLoader(async (ids) => {
    const grouped = new Map<string, Row[]>();
    for (const r of await read(query, { ...params, ids: [...ids] })) append(grouped, r.key as string, r);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/** Adds `item` to the list `map` holds under `key`, starting the list if there is none. */
export function append<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** How a concept folder makes each of its loaders; `all` reaches the request's other loaders. */
export type LoaderFactories = Record<string, (read: Read, all: any) => unknown>;

export type LoadersOf<F extends LoaderFactories> = { readonly [K in keyof F]: ReturnType<F[K]> };

/**
 * The per-request loaders of every concept, each made on first use: most requests are
 * answered by compiled statements and touch none of them, so none is built for nothing.
 * The getters sit on a prototype made once; a request allocates one small object.
 */
export function lazyLoaders<F extends LoaderFactories>(factories: F): (read: Read) => LoadersOf<F> {
  class Loaders {
    readonly made: Record<string, unknown> = {};
    constructor(readonly read: Read) {}
  }
  for (const [name, make] of Object.entries(factories)) {
    Object.defineProperty(Loaders.prototype, name, {
      get(this: Loaders) {
        return (this.made[name] ??= make(this.read, this));
      },
    });
  }
  return (read) => new Loaders(read) as unknown as LoadersOf<F>;
}
