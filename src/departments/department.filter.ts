import { Field, ID, InputType } from "type-graphql";
import { expectId } from "../common/ids";
import type { Row } from "../db";
import { BadUserInputError } from "../errors";
import { matchKey } from "../common/text-keys";

@InputType({ description: "Conditions a department must meet; all given conditions apply together." })
export class DepartmentFilter {
  @Field(() => ID, { nullable: true, description: "Only departments of this region or a region inside it." })
  regionId?: string;

  @Field({ nullable: true, description: "Only this functional type (e.g. 财政 for all finance departments)." })
  type?: string;

  @Field({ nullable: true, description: "Only departments whose canonical name or a printed alias contains this (either script)." })
  name?: string;
}

export function departmentFilterParams(filter: DepartmentFilter | undefined | null): Row {
  const f = filter ?? {};
  for (const [k, v] of Object.entries(f)) {
    if (typeof v === "string" && v.length > 200) throw new BadUserInputError(`${k} filter must be at most 200 characters`, k);
  }
  return {
    regionId: f.regionId ? expectId(f.regionId, "Region", "regionId") : null,
    type: f.type ?? null,
    name: f.name ? matchKey(f.name) : null,
  };
}
