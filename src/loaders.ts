import DataLoader from "dataloader";
import { connectionLoader } from "./common/connection-loader";
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

export function listById(read: Read, query: string): DataLoader<string, Row[]> {
  return new DataLoader(async (ids) => {
    const grouped = new Map<string, Row[]>();
    for (const r of await read(query, { ids: [...ids] })) append(grouped, r.key as string, r.node as Row);
    return ids.map((id) => grouped.get(id) ?? []);
  });
}

/** Adds `item` to the list `map` holds under `key`, starting the list if there is none. */
function append<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

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

/** Created per request (in the context), so nothing is cached across requests. */
export function createLoaders(read: Read) {
  const taskChildren = listById(read, "tasks/children");
  return {
    plan: byId(read, "plans/by-id"),
    planCites: listById(read, "plans/cites"),
    planCitedBy: listById(read, "plans/cited-by"),
    planOutline: listById(read, "tasks/outline"),
    planIndicators: listById(read, "indicators/of-plans"),
    planText: byId(read, "plans/document-text"),
    region: byId(read, "regions/by-id"),
    regionChildren: listById(read, "regions/children"),
    regionPlans: listById(read, "regions/plans"),
    regionDepartments: listById(read, "departments/of-regions"),
    task: byId(read, "tasks/by-id"),
    taskChildren,
    planOutlineTree: outlineTreeLoader(read, taskChildren),
    taskUnits: unitLoader(read),
    taskPages: connectionLoader(read, "Task", "tasks/page"),
    department: byId(read, "departments/by-id"),
    departmentPages: connectionLoader(read, "Department", "departments/page"),
    departmentTasks: connectionLoader(read, "Task", "departments/tasks-page"),
    departmentActsAs: listById(read, "departments/acts-as"),
    departmentActedAsBy: listById(read, "departments/acted-as-by"),
    indicator: byId(read, "indicators/by-id"),
    indicatorPages: connectionLoader(read, "Indicator", "indicators/page"),
    taskLineage: listById(read, "lineage/task-links"),
    taskUpstream: listById(read, "lineage/task-upstream"),
    taskGroup: byId(read, "lineage/task-group"),
    lineageGroup: byId(read, "lineage/group-by-id"),
    lineageGroupTasks: listById(read, "lineage/group-tasks"),
    lineageGroupPlans: listById(read, "lineage/group-plans"),
    lineageGroupPages: connectionLoader(read, "LineageGroup", "lineage/groups-page", "lineage/groups-count"),
    lineageLinkPages: connectionLoader(read, "LineageLink", "lineage/links-page", "lineage/links-count"),
    planImplements: listById(read, "lineage/plan-implements"),
    planImplementedBy: listById(read, "lineage/plan-implemented-by"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
