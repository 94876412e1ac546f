import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionData, decodeCursor, pageSize } from "../../common/connection";
import { expectId } from "../../common/ids";
import type { Context } from "../../context";
import type { Row } from "../../db";
import { Plan } from "../../plans/plan.type";
import { Task } from "../../tasks/task.type";
import { LineageGroup, LineageGroupConnection, LineageGroupFilter } from "./lineage-group.type";
import { LineageLinkConnection } from "./lineage-link.type";
import { LineageFilter, lineageFilterParams, lineageGroupFilterParams } from "./lineage.filter";
import { viewLink } from "./link-view";

/** The bulk edge list and the groups, paged like every other connection (keyset cursors, batched counts). */
@Resolver(() => LineageGroup)
export class LineageResolver {
  @Query(() => LineageLinkConnection, { description: "Every task lineage link (IMPLEMENTS, SAME_TASK_AS, COVERS, ELABORATES), in document order of the start task: the bulk edge list for notebooks. `from` is the stored start (the local task for IMPLEMENTS, the container for COVERS, the box for ELABORATES); filtered by relation PART_OF, the COVERS links from their item." })
  async lineageLinks(
    @Ctx() ctx: Context,
    @Arg("filter", () => LineageFilter, { nullable: true, description: "Conditions the links must meet." }) filter?: LineageFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 50, at most MAX_PAGE_SIZE)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after?: string,
  ): Promise<ConnectionData> {
    const page = await ctx.loaders.lineageLinkPages.load({
      parent: null,
      limit: pageSize(first, ctx.config.graphql.maxFirst),
      after: decodeCursor("LineageLink", after),
      params: lineageFilterParams(filter),
    });
    const nodes = page.nodes.map(viewLink);
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) } as unknown as ConnectionData;
  }

  @Query(() => LineageGroupConnection, { description: "Groups of the same task across plans, largest first." })
  lineageGroups(
    @Ctx() ctx: Context,
    @Arg("filter", () => LineageGroupFilter, { nullable: true, description: "Conditions the groups must meet." }) filter?: LineageGroupFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 50, at most MAX_PAGE_SIZE)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after?: string,
  ): Promise<ConnectionData> {
    const params = lineageGroupFilterParams(filter);
    return ctx.loaders.lineageGroupPages.load({
      parent: null,
      limit: pageSize(first, ctx.config.graphql.maxFirst),
      after: decodeCursor("LineageGroup", after),
      params,
    });
  }

  @Query(() => LineageGroup, { nullable: true, description: "One lineage group by id; null when there is none." })
  lineageGroup(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "A LineageGroup id (`LineageGroup:…`)." }) id: string): Promise<Row | null> {
    return ctx.loaders.lineageGroup.load(expectId(id, "LineageGroup"));
  }

  @FieldResolver(() => [Task], { description: "Its tasks, one per plan, in plan order." })
  tasks(@Root() group: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.lineageGroupTasks.load(group.id as string);
  }

  @FieldResolver(() => [Plan], { description: "The plans its tasks belong to." })
  plans(@Root() group: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.lineageGroupPlans.load(group.id as string);
  }
}
