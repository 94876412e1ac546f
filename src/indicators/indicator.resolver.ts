import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionData, decodeCursor, pageSize } from "../common/connection";
import { connectionSelection } from "../common/selection";
import { Source, sourceOf } from "../common/source.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { Plan } from "../plans/plan.type";
import { IndicatorFilter, indicatorFilterParams } from "./indicator.filter";
import { Indicator, IndicatorConnection, IndicatorTable } from "./indicator.type";

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
