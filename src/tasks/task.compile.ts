import { expectId } from "../common/ids";
import { connection } from "../compile/connection";
import { list, properties, sameObject, single, via } from "../compile/fields";
import type { FieldCompilers, TypeCompilers } from "../compile/types";
import { taskFilterParams } from "./task.filter";

export const taskTypes: TypeCompilers = { Task: { label: "Task", row: "tasks/row" } };

/** TaskFilter's conditions, one fragment each (cypher/fragments/tasks/filter). */
const TASK_FILTERS = {
  planId: "tasks/filter/plan-id",
  kind: "tasks/filter/kind",
  dueBy: "tasks/filter/due-by",
  text: "tasks/filter/text",
  regionId: "tasks/filter/region-id",
  hasLead: "tasks/filter/has-lead",
  role: "tasks/filter/role",
  departmentId: "tasks/filter/department-id",
};

/** The ways into all tasks, most selective first (cypher/fragments/tasks/ways). */
const TASK_WAYS = [
  { when: "planId", fragment: "tasks/ways/plan" },
  { when: "departmentId", fragment: "tasks/ways/department" },
  { when: "text", fragment: "tasks/ways/text" },
  { when: "regionId", fragment: "tasks/ways/region" },
  { fragment: "tasks/ways/all" },
];

const params = (a: Record<string, any>) => taskFilterParams(a.filter);

/** Tasks' fields, their unit ties and the task pages as Cypher (cypher/fragments/tasks). */
export const taskFields: FieldCompilers = {
  "Query.task": single("tasks/by-id", (a) => ({ id: expectId(a.id, "Task") })),
  "Query.tasks": connection({ type: "Task", ways: TASK_WAYS, filters: TASK_FILTERS, params }),
  "Plan.tasks": connection({ type: "Task", matching: "tasks/of-plan", filters: TASK_FILTERS, params }),
  ...properties("Task", ["id", "kind", "number", "path", "title", "text", "deadlines", "schedule"]),
  "Task.plan": single("tasks/plan"),
  "Task.parent": single("tasks/parent"),
  "Task.children": list("tasks/children"),
  "Task.lead": list("tasks/lead"),
  "Task.responsible": list("tasks/responsible"),
  "Task.units": list("tasks/units"),
  "Task.source": sameObject(),
  // A unit assignment is the tie itself: Department -[LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]-> Task.
  "UnitAssignment.relation": { compile: (s) => `type(${s.parent})` },
  "UnitAssignment.printedName": { compile: (s) => `${s.parent}.printed` },
  "UnitAssignment.roleText": { compile: (s) => `${s.parent}.roleText` },
  "UnitAssignment.convention": { compile: (s) => `${s.parent}.convention` },
  "UnitAssignment.phrase": { compile: (s) => `${s.parent}.phrase` },
  "UnitAssignment.source": sameObject(),
  "UnitAssignment.department": via((tie) => `startNode(${tie})`),
};
