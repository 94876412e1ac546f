import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { expectId } from "../common/ids";
import { BadUserInputError } from "../errors";
import { matchKey } from "../common/text-keys";
import type { Row } from "../db";
import { TaskKind } from "./task.type";

export enum UnitRoleFilter {
  LEAD = "LEAD",
  RESPONSIBLE = "RESPONSIBLE",
  ANY = "ANY",
}
registerEnumType(UnitRoleFilter, {
  name: "UnitRoleFilter",
  description: "Which unit role `departmentId` must hold: LEAD (牵头单位), RESPONSIBLE (责任单位) or ANY.",
  valuesConfig: {
    LEAD: { description: "Lead unit (牵头单位)." },
    RESPONSIBLE: { description: "Responsible unit (责任单位)." },
    ANY: { description: "Either role." },
  },
});

@InputType({ description: "Conditions a task must meet; all given conditions apply together." })
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: "Only tasks of this plan." })
  planId?: string;

  @Field(() => ID, { nullable: true, description: "Only tasks of plans issued for this region or a region inside it." })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: "Only tasks this department holds a unit role in (see `role`)." })
  departmentId?: string;

  @Field(() => UnitRoleFilter, { nullable: true, description: "With `departmentId`: the role it must hold (default ANY). Alone: tasks having a unit in that role." })
  role?: UnitRoleFilter;

  @Field(() => TaskKind, { nullable: true, description: "Only this kind of outline item." })
  kind?: TaskKind;

  @Field(() => Int, { nullable: true, description: "Only tasks with a deadline year at or before this year." })
  dueBy?: number;

  @Field({ nullable: true, description: "true: only tasks with a lead unit (牵头单位); false: only tasks without one." })
  hasLead?: boolean;

  @Field({ nullable: true, description: "Only tasks whose title or text contains this text (simplified or traditional)." })
  text?: string;
}

/** Filter → query parameters (every key present, null when unset: the Cypher tests `$x IS NULL`). */
export function taskFilterParams(filter: TaskFilter | undefined | null): Row {
  const f = filter ?? {};
  if (f.dueBy !== undefined && f.dueBy !== null && (f.dueBy < 1900 || f.dueBy > 2200)) {
    throw new BadUserInputError(`dueBy must be a year between 1900 and 2200, got ${f.dueBy}`, "dueBy");
  }
  if (f.text !== undefined && f.text !== null && f.text.length > 200) throw new BadUserInputError("text filter must be at most 200 characters", "text");
  return {
    planId: f.planId ? expectId(f.planId, "Plan", "planId") : null,
    regionId: f.regionId ? expectId(f.regionId, "Region", "regionId") : null,
    departmentId: f.departmentId ? expectId(f.departmentId, "Department", "departmentId") : null,
    role: f.role ?? (f.departmentId ? "ANY" : null),
    kind: f.kind ?? null,
    dueBy: f.dueBy ?? null,
    hasLead: f.hasLead ?? null,
    text: f.text ? matchKey(f.text) : null,
  };
}
