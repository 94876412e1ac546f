import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { Row } from "../../db";
import { Task } from "../../tasks/task.type";
import { LineageGroup } from "./lineage-group.type";
import { LineageLink, LineageRelation } from "./lineage-link.type";
import { checkMinScore, MAX_UPSTREAM_DEPTH, upstreamDepth } from "./lineage.filter";
import { LinkView, viewLink } from "./link-view";

export { MAX_UPSTREAM_DEPTH };

/** Lineage fields of Task: one batched query each, whatever the number of tasks asked. */
@Resolver(() => Task)
export class TaskLineageResolver {
  @FieldResolver(() => [LineageLink], { description: "Links of this task to other outline items, best first; `from` is this task: the same task in other plans (SAME_TASK_AS), the upstream or local task it carries out or is carried out by (IMPLEMENTS), the items of other plans it covers as a section or box (COVERS) or the sections and boxes that cover it (PART_OF), and the 专栏 box of its own plan that details it or the task a box details (ELABORATES)." })
  async lineage(
    @Root() task: Row,
    @Ctx() ctx: Context,
    @Arg("relation", () => LineageRelation, { nullable: true, description: "Only links of this relation, as seen from this task (PART_OF: the containers that cover it)." }) relation?: LineageRelation,
    @Arg("minScore", () => Float, { nullable: true, description: "Only links scoring at least this (0–1)." }) minScore?: number,
  ): Promise<LinkView[]> {
    const min = checkMinScore(minScore);
    const rows = await ctx.loaders.taskLineage.load(task.id as string);
    return rows.map(viewLink).filter((l) => (!relation || l.relation === relation) && l.score >= min);
  }

  @FieldResolver(() => [LineageLink], { description: "The upstream chain: the tasks this one IMPLEMENTS, then what those implement, up to `depth` hops; one link per hop, nearest first." })
  async upstream(
    @Root() task: Row,
    @Ctx() ctx: Context,
    @Arg("depth", () => Int, { nullable: true, description: `Hops to follow, 1 to ${MAX_UPSTREAM_DEPTH} (default 3).` }) depth?: number,
  ): Promise<LinkView[]> {
    const d = upstreamDepth(depth);
    const rows = await ctx.loaders.taskUpstream.load(task.id as string);
    return rows.map(viewLink).filter((l) => (l.depth ?? 1) <= d);
  }

  @FieldResolver(() => LineageGroup, { nullable: true, description: "The group of the same task across plans this task belongs to; null when it has no SAME_TASK_AS link." })
  group(@Root() task: Row, @Ctx() ctx: Context): Promise<Row | null> {
    return ctx.loaders.taskGroup.load(task.id as string);
  }
}
