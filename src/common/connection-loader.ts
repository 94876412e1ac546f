import DataLoader from "dataloader";
import type { Row } from "../db";
import type { Read } from "../loaders";
import { ConnectionData, lazy, toConnection } from "./connection";

/** One page request: the parent (or null at the top level) and the page and filter arguments. */
export interface PageKey {
  parent: string | null;
  limit: number;
  after: string | null;
  /** Query parameters besides keys/limit/after (filters); pages with equal params share one round trip. */
  params: Row;
}

/**
 * Batches connection pages of many parents into one query per distinct argument
 * set: `UNWIND $keys AS key CALL { … LIMIT $limit } RETURN key, nodes`. The total
 * count comes from a second batched query, sent only when a client asks for it.
 */
export function connectionLoader(read: Read, type: string, pageQuery: string, countQuery: string) {
  const cacheKeyFn = (k: PageKey) => JSON.stringify([k.parent, k.limit, k.after, k.params]);
  const counts = new DataLoader<PageKey, number, string>(
    async (keys) => {
      const out = new Map<string, number>();
      for (const group of groupBy(keys, (k) => JSON.stringify(k.params))) {
        const rows = await read(countQuery, { ...group[0].params, keys: group.map((k) => k.parent) });
        for (const r of rows) out.set(JSON.stringify([r.key, group[0].params]), r.total as number);
      }
      return keys.map((k) => out.get(JSON.stringify([k.parent, k.params])) ?? 0);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.parent, k.params]) },
  );
  return new DataLoader<PageKey, ConnectionData, string>(
    async (keys) => {
      const out = new Map<string, Row[]>();
      for (const group of groupBy(keys, (k) => JSON.stringify([k.limit, k.after, k.params]))) {
        const { limit, after, params } = group[0];
        const rows = await read(pageQuery, { ...params, keys: group.map((k) => k.parent), limit: limit + 1, after });
        for (const r of rows) out.set(cacheKeyFn({ ...group[0], parent: r.key as string | null }), r.nodes as Row[]);
      }
      return keys.map((k) => toConnection(type, out.get(cacheKeyFn(k)) ?? [], k.limit, lazy(() => counts.load(k))));
    },
    { cacheKeyFn },
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups.values()];
}
