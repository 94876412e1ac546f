import DataLoader from "dataloader";
import type { Row } from "../db";
import type { Read } from "./loaders";
import { ConnectionData, lazy, toConnection } from "./connection";

/** One page request: the parent (or null at the top level) and the page and filter arguments. */
export interface PageKey {
  parent: string | null;
  limit: number;
  after: string | null;
  /** Query parameters besides keys/limit/after (filters); pages with equal params share one round trip. */
  params: Row;
  /** False when the client selected only `totalCount`: no items are fetched. Default true. */
  page?: boolean;
  /** Whether the client selected `totalCount`. Default true. */
  total?: boolean;
}

/**
 * Batches connection pages of many parents into one query per distinct argument set:
 * `UNWIND $keys AS key CALL { … } RETURN key, total, nodes`, the page fetched with
 * `$limit` = page size + 1 (the extra row tells whether a next page exists), or 0 when
 * only the count was selected; the total (`$withTotal`) only when selected. Page and
 * count come from the same scan.
 *
 * With a `countQuery`, the page query returns only `key, nodes` and the count comes from
 * that second batched query, sent only when a client awaits `totalCount`.
 */
export function connectionLoader(read: Read, type: string, pageQuery: string, countQuery?: string) {
  const fetched = (k: PageKey) => (k.page === false ? 0 : k.limit + 1);
  const withTotal = (k: PageKey) => countQuery === undefined && k.total !== false;
  const cacheKeyFn = (k: PageKey) => JSON.stringify([k.parent, fetched(k), withTotal(k), k.after, k.params]);
  const counts = countQuery === undefined ? undefined : countLoader(read, countQuery);
  return new DataLoader<PageKey, ConnectionData, string>(
    async (keys) => {
      const out = new Map<string, Row>();
      // With a separate count, a count-only key needs no page query at all.
      const paged = counts ? keys.filter((k) => k.page !== false) : keys;
      const groups = groupBy(paged, (k) => JSON.stringify([fetched(k), withTotal(k), k.after, k.params]));
      await Promise.all(
        groups.map(async (group) => {
          const { after, params } = group[0];
          const keysOf = group.map((k) => k.parent);
          const rows = await read(pageQuery, { ...params, keys: keysOf, limit: fetched(group[0]), after, withTotal: withTotal(group[0]) });
          for (const r of rows) out.set(cacheKeyFn({ ...group[0], parent: r.key as string | null }), r);
        }),
      );
      return keys.map((k) => {
        const row = out.get(cacheKeyFn(k));
        const total = counts ? lazy(() => counts.load(k)) : ((row?.total as number | undefined) ?? 0);
        return toConnection(type, (row?.nodes as Row[] | undefined) ?? [], k.limit, total);
      });
    },
    { cacheKeyFn },
  );
}

function countLoader(read: Read, countQuery: string) {
  return new DataLoader<PageKey, number, string>(
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
