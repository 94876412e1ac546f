import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { ConnectionData } from "../common/connection";
import { expectId } from "../common/ids";
import { selectedPaths } from "../common/selection";
import { Source, sourceOf } from "../common/source.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { Indicator } from "../indicators/indicator.type";
import { Region } from "../regions/region.type";
import { TaskFilter } from "../tasks/task.filter";
import { taskPage } from "../tasks/task.page";
import { Task, TaskConnection } from "../tasks/task.type";
import { CitationRole, DEFAULT_CITES_ROLES, inRoles, PlanReference } from "./plan-reference.type";
import { Plan } from "./plan.type";

/** A PlanReference from its stored CITES properties and the plan it resolves to. */
const referenceView = (r: Row) => ({ role: r.role, title: r.title, docNumber: r.docNumber ?? null, plan: r.plan, source: sourceOf(r) });

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: "Plans; `loaded: true` only the loaded documents, `false` only those merely cited." })
  async plans(@Ctx() ctx: Context, @Arg("loaded", () => Boolean, { nullable: true, description: "true: loaded documents only; false: cited-only documents; omitted: both." }) loaded?: boolean): Promise<Row[]> {
    return (await ctx.read("plans/all", { loaded: loaded ?? null })).map((r) => r.node as Row);
  }

  @Query(() => Plan, { nullable: true, description: "One plan by id; null when there is none." })
  plan(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "A Plan id (`Plan:…`)." }) id: string): Promise<Row | null> {
    return ctx.loaders.plan.load(expectId(id, "Plan"));
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region the plan is issued for." })
  region(@Root() plan: Row, @Ctx() ctx: Context): Promise<Row | null> | null {
    return plan.regionId ? ctx.loaders.region.load(plan.regionId as string) : null;
  }

  @FieldResolver(() => [Plan], { description: "Documents this plan names in one of the roles asked for (by default its basis: 依据 / 贯彻落实 / 按照 《…》 in its preamble), each once, in the order first printed. Each is the document of the title as printed (see `references` for the known document it resolves to)." })
  async cites(
    @Root() plan: Row,
    @Ctx() ctx: Context,
    @Arg("role", () => [CitationRole], { nullable: true, description: "Only references in these roles; default [BASIS]." }) role?: CitationRole[],
  ): Promise<Row[]> {
    const rows = inRoles(await ctx.loaders.planCites.load(plan.id as string), role, DEFAULT_CITES_ROLES);
    // Rows come in order of first reference per role: a document named in two of the roles is kept at the first.
    const seen = new Set<string>();
    return rows.map((r) => r.node as Row).filter((p) => !seen.has(p.id as string) && !!seen.add(p.id as string));
  }

  @FieldResolver(() => [PlanReference], { description: "Every 《…》 this plan prints (in the roles asked for), in printed order: the title and 文号 as printed, the role, the line, and the document it names, resolved through the known upstream documents." })
  async references(
    @Root() plan: Row,
    @Ctx() ctx: Context,
    @Arg("role", () => [CitationRole], { nullable: true, description: "Only references in these roles; default all." }) role?: CitationRole[],
  ): Promise<object[]> {
    return inRoles(await ctx.loaders.planReferences.load(plan.id as string), role).map(referenceView);
  }

  @FieldResolver(() => [Plan], { description: "Loaded plans that cite this one." })
  citedBy(@Root() plan: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.planCitedBy.load(plan.id as string);
  }

  @FieldResolver(() => [Task], { description: "The top of the plan's outline (chapters, or tasks where there are none), in document order; follow `children` down." })
  outline(@Root() plan: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Row[]> {
    // Following `children` down would cost a round trip per level: fetch the whole tree at once instead.
    const deep = selectedPaths(info, 1).has("children");
    return (deep ? ctx.loaders.planOutlineTree : ctx.loaders.planOutline).load(plan.id as string);
  }

  @FieldResolver(() => TaskConnection, { description: "Every outline item of this plan that meets the filter, in document order." })
  tasks(
    @Root() plan: Row,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Conditions the tasks must meet." }) filter?: TaskFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 50, at most MAX_PAGE_SIZE)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after?: string,
  ): Promise<ConnectionData> {
    return taskPage(ctx, info, plan.id as string, filter, first, after);
  }

  @FieldResolver(() => [Indicator], { description: "Every indicator table row of this plan, in table order." })
  indicators(@Root() plan: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.planIndicators.load(plan.id as string);
  }

  @FieldResolver(() => Source, { nullable: true, description: "The plan's title line in its document; null for a plan only cited." })
  source(@Root() plan: Row): Source | null {
    return sourceOf(plan);
  }
}
