import type { Row } from "../db";
import { BadUserInputError } from "../errors";

/**
 * The export of one department's tasks: the list the auditors' page shows as the
 * department's dossier, so a download holds exactly the rows on screen. The parameters
 * mean what the GraphQL TaskFilter fields of the same names mean: the tasks the
 * department leads or shares (`role`: LEAD, RESPONSIBLE or ANY, the default), of one
 * plan (`planId`), with a deadline year at or before `dueBy`.
 */
export interface DossierFilter {
  departmentId: string;
  role: "LEAD" | "RESPONSIBLE" | "ANY";
  planId: string | null;
  dueBy: number | null;
}

export const DOSSIER_PARAMS = ["departmentId", "role", "planId", "dueBy"] as const;

const ROLES = ["LEAD", "RESPONSIBLE", "ANY"] as const;

/** The filter a query string asks for, or null when it names no department; a bad value is a 400 naming it. */
export function parseDossierFilter(query: Record<string, unknown>): DossierFilter | null {
  const get = (name: string): string | undefined => {
    const v = query[name];
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw new BadUserInputError(`${name} is given more than once; give it once`, name);
    return v;
  };
  const departmentId = get("departmentId");
  const role = get("role");
  const planId = get("planId");
  const dueBy = get("dueBy");
  if (departmentId === undefined) {
    const given = [role !== undefined && "role", planId !== undefined && "planId", dueBy !== undefined && "dueBy"].filter(Boolean);
    if (given.length) throw new BadUserInputError(`${given.join(", ")} narrow a department's tasks: give departmentId=Department:… too`, String(given[0]));
    return null;
  }
  if (!/^Department:.+/.test(departmentId) || departmentId.length > 500) {
    throw new BadUserInputError(`departmentId=${JSON.stringify(departmentId.slice(0, 100))} is not a department id: expected "Department:…"`, "departmentId");
  }
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) {
    throw new BadUserInputError(`role=${JSON.stringify(role)} is not a unit role: use ${ROLES.join(", ")}`, "role");
  }
  if (planId !== undefined && (!/^Plan:.+/.test(planId) || planId.length > 500)) {
    throw new BadUserInputError(`planId=${JSON.stringify(planId.slice(0, 100))} is not a plan id: expected "Plan:…"`, "planId");
  }
  if (dueBy !== undefined && !/^\d{4}$/.test(dueBy)) {
    throw new BadUserInputError(`dueBy=${JSON.stringify(dueBy)} must be a year such as 2022`, "dueBy");
  }
  return { departmentId, role: (role as DossierFilter["role"]) ?? "ANY", planId: planId ?? null, dueBy: dueBy === undefined ? null : Number(dueBy) };
}

/** The filter as the department-tasks queries' parameters. */
export function dossierParams(f: DossierFilter): Row {
  return { departmentId: f.departmentId, role: f.role, planId: f.planId, dueBy: f.dueBy };
}
