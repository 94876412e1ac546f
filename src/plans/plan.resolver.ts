import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { expectId } from "../common/ids";
import { Source, sourceOf } from "../common/source.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { Region } from "../regions/region.type";
import { Plan } from "./plan.type";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: "Plans; `loaded: true` only the loaded documents, `false` only those merely cited." })
  async plans(@Ctx() ctx: Context, @Arg("loaded", () => Boolean, { nullable: true }) loaded?: boolean): Promise<Row[]> {
    return (await ctx.read("plans/all", { loaded: loaded ?? null })).map((r) => r.node as Row);
  }

  @Query(() => Plan, { nullable: true, description: "One plan by id; null when there is none." })
  plan(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Row | null> {
    return ctx.loaders.plan.load(expectId(id, "Plan"));
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region the plan is issued for." })
  region(@Root() plan: Row, @Ctx() ctx: Context): Promise<Row | null> | null {
    return plan.regionId ? ctx.loaders.region.load(plan.regionId as string) : null;
  }

  @FieldResolver(() => [Plan], { description: "Documents this plan names as its basis (依据 / 贯彻落实 / 按照 《…》), in printed order." })
  cites(@Root() plan: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.planCites.load(plan.id as string);
  }

  @FieldResolver(() => [Plan], { description: "Loaded plans that cite this one." })
  citedBy(@Root() plan: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.planCitedBy.load(plan.id as string);
  }

  @FieldResolver(() => Source, { nullable: true, description: "The plan's title line in its document; null for a plan only cited." })
  source(@Root() plan: Row): Source | null {
    return sourceOf(plan);
  }
}
