import type { Role } from "./routes";

export interface DossierUnit {
  relation: string;
  roleText: string | null;
  printedName: string;
  department: { id: string; name: string };
}

export interface DossierTask {
  id: string;
  number: string | null;
  title: string;
  kind: string;
  deadlines: number[];
  schedule: string | null;
  plan: { id: string; title: string; region: { name: string } | null };
  source: { line: number };
  units: DossierUnit[];
}

export interface DossierRow {
  task: DossierTask;
  /** The department's own roles on the task. */
  roles: Exclude<Role, "ANY">[];
  /** The role words the document prints for the department here (牵头单位, 配合单位 …). */
  roleTexts: string[];
  /** The other units of the task (lead first, then the responsible ones, as printed). */
  others: DossierUnit[];
}

export interface DossierFilter {
  plan?: string;
  role?: Role;
  dueBy?: number;
}

const ROLE_OF: Record<string, Exclude<Role, "ANY">> = { LEADS: "LEAD", RESPONSIBLE_FOR: "RESPONSIBLE" };

/** A department's tasks (led or shared), each with its role there and the other units on it. */
export function dossierRows(departmentId: string, tasks: DossierTask[]): DossierRow[] {
  return tasks.map((task) => {
    const own = task.units.filter((u) => u.department.id === departmentId && ROLE_OF[u.relation]);
    const others = task.units.filter((u) => u.department.id !== departmentId && ROLE_OF[u.relation]);
    others.sort((a, b) => (a.relation === b.relation ? 0 : a.relation === "LEADS" ? -1 : 1));
    return {
      task,
      roles: unique(own.map((u) => ROLE_OF[u.relation])),
      roleTexts: unique(own.map((u) => u.roleText ?? "").filter(Boolean)),
      others: uniqueBy(others, (u) => `${u.relation}|${u.department.id}`),
    };
  });
}

/**
 * The rows a filter keeps, with the meaning of the API's TaskFilter and of the export
 * endpoints' parameters of the same names, so the list on screen is the list downloaded:
 * `role` the department's role, `plan` the task's plan, `dueBy` a deadline year at or before it.
 */
export function filterRows(rows: DossierRow[], f: DossierFilter): DossierRow[] {
  return rows.filter(
    (r) =>
      (!f.plan || r.task.plan.id === f.plan) &&
      (!f.role || f.role === "ANY" || r.roles.includes(f.role)) &&
      (f.dueBy === undefined || r.task.deadlines.some((y) => y <= f.dueBy!)),
  );
}

export interface DossierCounts {
  led: number;
  shared: number;
  plans: { id: string; title: string; region: string | null; count: number }[];
  years: number[];
}

export function dossierCounts(rows: DossierRow[]): DossierCounts {
  const plans = new Map<string, DossierCounts["plans"][number]>();
  const years = new Set<number>();
  for (const r of rows) {
    const p = r.task.plan;
    const entry = plans.get(p.id) ?? { id: p.id, title: p.title, region: p.region?.name ?? null, count: 0 };
    entry.count++;
    plans.set(p.id, entry);
    for (const y of r.task.deadlines) years.add(y);
  }
  return {
    led: rows.filter((r) => r.roles.includes("LEAD")).length,
    shared: rows.filter((r) => r.roles.includes("RESPONSIBLE")).length,
    plans: [...plans.values()],
    years: [...years].sort((a, b) => a - b),
  };
}

/**
 * The download of exactly the list on screen: the tasks export (CSV for spreadsheets, with
 * a byte-order mark) or the audit workbook restricted to the department and filter.
 * Relative to /audit/, so the page works behind a path prefix too.
 */
export function dossierExportUrl(format: "csv" | "xlsx", departmentId: string, f: DossierFilter): string {
  const q = new URLSearchParams();
  if (format === "csv") q.set("format", "csv-excel");
  q.set("departmentId", departmentId);
  if (f.role && f.role !== "ANY") q.set("role", f.role);
  if (f.plan) q.set("planId", f.plan);
  if (f.dueBy !== undefined) q.set("dueBy", String(f.dueBy));
  return `../export/${format === "csv" ? "tasks" : "audit.xlsx"}?${q}`;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}
