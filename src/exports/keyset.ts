import type { Row } from "../db";

export type Read = (name: string, params: Row) => Promise<Row[]>;

export interface Batch {
  /** The `row` maps of this batch, in key order. */
  rows: Row[];
  /** Cursor key of the last row (or the `after` given, for an empty batch). */
  lastKey: string[] | null;
  /** Whether rows follow this batch (beyond `total` too, so a page knows it has a next). */
  more: boolean;
}

/**
 * Reads a keyset query (`$after`, `$limit` → `key`, `row`) batch after batch, each in
 * its own read transaction, so memory holds one batch whatever the size of the graph.
 * One row more than needed is asked for, to know whether another batch follows
 * without a final empty query. Stops after `total` rows when given.
 */
export async function* keysetBatches(
  read: Read,
  query: string,
  opts: { after: string[] | null; batchSize: number; total?: number; params?: Row },
): AsyncGenerator<Batch> {
  let after = opts.after;
  let remaining = opts.total ?? Infinity;
  for (;;) {
    const limit = Math.min(opts.batchSize, remaining);
    const got = await read(query, { ...opts.params, after, limit: limit + 1 });
    const page = got.slice(0, limit);
    const more = got.length > limit;
    after = page.length ? (page[page.length - 1].key as string[]) : after;
    yield { rows: page.map((r) => r.row as Row), lastKey: after, more };
    remaining -= page.length;
    if (!more || remaining <= 0) return;
  }
}
