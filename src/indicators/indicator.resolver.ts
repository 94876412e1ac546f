import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionData, decodeCursor, pageSize } from "../common/connection";
import { expectId } from "../common/ids";
import { connectionSelection } from "../common/selection";
import { Source, sourceOf } from "../common/source.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { BadUserInputError } from "../errors";
import { indicatorConcept } from "../ingest/parse/indicators";
import { Plan } from "../plans/plan.type";
import { Indicator, IndicatorAttribute, IndicatorConnection, IndicatorTable } from "./indicator.type";

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

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: "Indicator rows that meet the filter, plan by plan in table order." })
  indicators(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => IndicatorFilter, { nullable: true, description: "Conditions the rows must meet." }) filter?: IndicatorFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 50, at most MAX_PAGE_SIZE)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after?: string,
  ): Promise<ConnectionData> {
    const { page, total } = connectionSelection(info);
    return ctx.loaders.indicatorPages.load({
      parent: null,
      limit: pageSize(first, ctx.config.graphql.maxFirst),
      after: decodeCursor("Indicator", after),
      params: indicatorFilterParams(filter),
      page,
      total,
    });
  }

  @FieldResolver(() => Plan, { description: "The plan whose table holds this row." })
  async plan(@Root() row: Row, @Ctx() ctx: Context): Promise<Row> {
    return (await ctx.loaders.plan.load(row.planId as string))!;
  }

  @FieldResolver(() => IndicatorTable, { description: "Target table (十四五) or completion table (十三五)." })
  table(@Root() row: Row): IndicatorTable {
    return row.table === "completion" ? IndicatorTable.COMPLETION : IndicatorTable.TARGET;
  }

  @FieldResolver(() => Source, { description: "Where the row is printed." })
  source(@Root() row: Row): Source {
    return sourceOf(row)!;
  }
}

function indicatorFilterParams(filter: IndicatorFilter | undefined): Row {
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
