import DataLoader from "dataloader";
import type { Row } from "./db";

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

export function listById(read: Read, query: string, extra: Row = {}): DataLoader<string, Row[]> {
  return new DataLoader(async (ids) => {
    const rows = await read(query, { ids: [...ids], ...extra });
    const grouped = new Map<string, Row[]>();
    for (const r of rows) {
      const key = r.key as string;
      if (!grouped.has(key)) grouped.set(key, []);
      grouped.get(key)!.push(r.node as Row);
    }
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

export function createLoaders(read: Read) {
  return {
    plan: byId(read, "plans/by-id"),
    region: byId(read, "regions/by-id"),
    regionChildren: listById(read, "regions/children"),
    regionPlans: listById(read, "regions/plans"),
    planCites: listById(read, "plans/cites"),
    planCitedBy: listById(read, "plans/cited-by"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
