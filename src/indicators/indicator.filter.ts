import { Field, ID, InputType } from "type-graphql";
import { expectId } from "../common/ids";
import type { Row } from "../db";
import { BadUserInputError } from "../errors";
import { indicatorConcept } from "../ingest/parse/indicators";
import { IndicatorAttribute, IndicatorTable } from "./indicator.type";

@InputType({ description: "Conditions an indicator must meet; all given conditions apply together." })
export class IndicatorFilter {
  @Field(() => ID, { nullable: true, description: "Only rows of this plan." })
  planId?: string;

  @Field({ nullable: true, description: "Only rows of this concept; any printed name works too (参保率, 基本医疗保险参保率, 參保率)." })
  concept?: string;

  @Field(() => IndicatorAttribute, { nullable: true, description: "Only binding or only expected indicators." })
  attribute?: IndicatorAttribute;

  @Field(() => IndicatorTable, { nullable: true, description: "Only 十四五 target rows or only 十三五 completion rows." })
  table?: IndicatorTable;

  @Field(() => ID, { nullable: true, description: "Only rows of plans issued for this region or a region inside it." })
  regionId?: string;
}

/** Filter → query parameters (every key present, null when unset). */
export function indicatorFilterParams(filter: IndicatorFilter | undefined): Row {
  const f = filter ?? {};
  if (f.concept && f.concept.length > 200) throw new BadUserInputError("concept filter must be at most 200 characters", "concept");
  return {
    planId: f.planId ? expectId(f.planId, "Plan", "planId") : null,
    concept: f.concept ? indicatorConcept(f.concept) : null,
    attribute: f.attribute ?? null,
    table: f.table ? f.table.toLowerCase() : null,
    regionId: f.regionId ? expectId(f.regionId, "Region", "regionId") : null,
  };
}
