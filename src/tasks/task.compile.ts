import { expectId } from "../common/ids";
import { connection } from "../compile/connection";
import { list, properties, sameObject, single, via } from "../compile/fields";
import type { FieldCompilers, TypeCompilers } from "../compile/types";
import { taskFilterParams } from "./task.filter";

export const taskTypes: TypeCompilers = { Task: { label: "Task", row: "tasks/row" } };

const taskPages = (matching: string) => connection({ type: "Task", matching, filter: "tasks/filter", params: (a) => taskFilterParams(a.filter) });

/** Tasks' fields, their unit ties and the task pages as Cypher (cypher/fragments/tasks). */
export const taskFields: FieldCompilers = {
  "Query.task": single("tasks/by-id", (a) => ({ id: expectId(a.id, "Task") })),
  "Query.tasks": taskPages("tasks/matching"),
  "Plan.tasks": taskPages("tasks/of-plan"),
  ...properties("Task", ["id", "kind", "number", "path", "title", "text", "deadlines"]),
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
  "UnitAssignment.phrase": { compile: (s) => `${s.parent}.phrase` },
  "UnitAssignment.source": sameObject(),
  "UnitAssignment.department": via((tie) => `startNode(${tie})`),
};
