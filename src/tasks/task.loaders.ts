import DataLoader from "dataloader";
import { connectionLoader } from "../common/connection-loader";
import { append, byId, listById, type LoaderFactories, type Read } from "../common/loaders";
import type { Row } from "../db";

/** A task's department ties of one relation, or `UNITS`: every tie with its edge (name as printed, where). */
export interface UnitKey {
  task: string;
  relation: "LEADS" | "RESPONSIBLE_FOR" | "UNITS";
}

/**
 * Lead units, responsible units and unit assignments of tasks: one query per tick for all
 * the relations asked (`tasks/units`), each key answered with its ties in printed order as
 * `{ relation, department, ...edge }`; the edge properties only when some key asked `UNITS`.
 */
export function unitLoader(read: Read): DataLoader<UnitKey, Row[], string> {
  return new DataLoader(
    async (keys) => {
      const withEdges = keys.some((k) => k.relation === "UNITS");
      const relations = withEdges ? ["LEADS", "RESPONSIBLE_FOR", "NAMED_AS_ACTING"] : [...new Set(keys.map((k) => k.relation))];
      const rows = await read("tasks/units", { ids: [...new Set(keys.map((k) => k.task))], relations, withEdges });
      const byTask = new Map<string, Row[]>();
      for (const r of rows) append(byTask, r.key as string, { ...(r.edge as Row | null), relation: r.relation, department: r.department });
      return keys.map((k) => (byTask.get(k.task) ?? []).filter((u) => k.relation === "UNITS" || u.relation === k.relation));
    },
    { cacheKeyFn: (k) => `${k.relation}|${k.task}` },
  );
}

/**
 * Plans' whole outlines in one query (`tasks/outline-tree`), for clients that follow
 * `children` down: each key is answered with its top level, and every item's children
 * are primed into `children` (the per-request `taskChildren` loader), so the levels below
 * cost no round trip. Leaves are primed too, with [].
 */
export function outlineTreeLoader(read: Read, children: DataLoader<string, Row[]>): DataLoader<string, Row[]> {
  return new DataLoader(async (planIds) => {
    const rows = await read("tasks/outline-tree", { ids: [...planIds] });
    const under = new Map<string, Row[]>();
    const top = new Map<string, Row[]>(planIds.map((id) => [id, []]));
    for (const r of rows) {
      const node = r.node as Row;
      under.set(node.id as string, under.get(node.id as string) ?? []);
      const parent = node.parentId as string | null;
      if (parent) append(under, parent, node);
      else top.get(r.key as string)?.push(node);
    }
    for (const [id, items] of under) children.prime(id, items);
    return planIds.map((id) => top.get(id)!);
  });
}

/** Tasks by id, outlines, children, unit ties and filtered pages (cypher/queries/tasks). */
export const taskLoaders = {
  task: (read: Read) => byId(read, "tasks/by-id"),
  taskChildren: (read: Read) => listById(read, "tasks/children"),
  planOutline: (read: Read) => listById(read, "tasks/outline"),
  planOutlineTree: (read: Read, all: { taskChildren: DataLoader<string, Row[]> }) => outlineTreeLoader(read, all.taskChildren),
  taskUnits: (read: Read) => unitLoader(read),
  taskPages: (read: Read) => connectionLoader(read, "Task", "tasks/page"),
} satisfies LoaderFactories;
