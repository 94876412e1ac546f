import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import type { Row } from "../db";
import { Department } from "../departments/department.type";
import { Plan } from "../plans/plan.type";
import { Region } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: "Every region in the graph, national first." })
  async regions(@Ctx() ctx: Context): Promise<Row[]> {
    return (await ctx.read("regions/all")).map((r) => r.node as Row);
  }

  @FieldResolver(() => Boolean, {
    description:
      "True for a stand-in the loader made for a region a plan names above itself but the region table does not know " +
      "(清水县所在省: the province 清水县 is in). It has no parent; the bodies the plan names there belong to it. " +
      "Lists meant for people usually leave these out.",
  })
  placeholder(@Root() region: Row): boolean {
    // Stored only on placeholders: every other region lacks the property.
    return region.placeholder === true;
  }

  @FieldResolver(() => Region, { nullable: true, description: "The enclosing region (清远市 → 广东省 → 中国)." })
  parent(@Root() region: Row, @Ctx() ctx: Context): Promise<Row | null> | null {
    return region.parentId ? ctx.loaders.region.load(region.parentId as string) : null;
  }

  @FieldResolver(() => [Region], { description: "Regions directly inside this one." })
  children(@Root() region: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.regionChildren.load(region.id as string);
  }

  @FieldResolver(() => [Plan], { description: "Plans issued for this region." })
  plans(@Root() region: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.regionPlans.load(region.id as string);
  }

  @FieldResolver(() => [Department], { description: "Departments that belong to this region." })
  departments(@Root() region: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.regionDepartments.load(region.id as string);
  }
}
