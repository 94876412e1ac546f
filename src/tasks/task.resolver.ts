import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { ConnectionData } from "../common/connection";
import { expectId } from "../common/ids";
import { selectedPaths } from "../common/selection";
import { Source, sourceOf } from "../common/source.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { Department } from "../departments/department.type";
import { Plan } from "../plans/plan.type";
import { TaskFilter } from "./task.filter";
import { taskPage } from "./task.page";
import { Task, TaskConnection } from "./task.type";
import { UnitAssignment } from "./unit-assignment.type";

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true, description: "One task by id; null when there is none." })
  task(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "A Task id (`Task:…`)." }) id: string): Promise<Row | null> {
    return ctx.loaders.task.load(expectId(id, "Task"));
  }

  @Query(() => TaskConnection, { description: "Tasks of all plans that meet the filter, in document order, plan by plan." })
  tasks(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Conditions the tasks must meet." }) filter?: TaskFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 50, at most MAX_PAGE_SIZE, 500 by default)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after?: string,
  ): Promise<ConnectionData> {
    return taskPage(ctx, info, null, filter, first, after);
  }

  @FieldResolver(() => Plan, { description: "The plan this task belongs to." })
  async plan(@Root() task: Row, @Ctx() ctx: Context): Promise<Row> {
    return (await ctx.loaders.plan.load(task.planId as string))!;
  }

  @FieldResolver(() => Task, { nullable: true, description: "The enclosing outline item; null at the top." })
  parent(@Root() task: Row, @Ctx() ctx: Context): Promise<Row | null> | null {
    return task.parentId ? ctx.loaders.task.load(task.parentId as string) : null;
  }

  @FieldResolver(() => [Task], { description: "Outline items directly inside this one, in document order." })
  children(@Root() task: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.taskChildren.load(task.id as string);
  }

  @FieldResolver(() => [Department], { description: "Lead units (牵头单位), in printed order." })
  lead(@Root() task: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return unitsOf(ctx, task, "LEADS");
  }

  @FieldResolver(() => [Department], { description: "Responsible units (责任单位), in printed order." })
  responsible(@Root() task: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return unitsOf(ctx, task, "RESPONSIBLE_FOR");
  }

  @FieldResolver(() => [UnitAssignment], { description: "Every department tie of this task with the name as printed and its source line." })
  async units(@Root() task: Row, @Ctx() ctx: Context): Promise<object[]> {
    return (await ctx.loaders.taskUnits.load({ task: task.id as string, relation: "UNITS" })).map((r) => ({
      relation: r.relation,
      printedName: r.printed,
      roleText: r.roleText ?? null,
      convention: r.convention ?? null,
      phrase: r.phrase ?? null,
      source: sourceOf(r),
      department: r.department,
    }));
  }

  @FieldResolver(() => String, { description: "Full text as printed, including any unit clause." })
  async text(@Root() task: Row, @Ctx() ctx: Context): Promise<string> {
    return (task.text ?? (await fullTask(task, ctx)).text) as string;
  }

  @FieldResolver(() => Source, { description: "Where the task is printed." })
  async source(@Root() task: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Source> {
    const missing = task.sourceText == null && selectedPaths(info, 1).has("text");
    return sourceOf(missing ? await fullTask(task, ctx) : task)!;
  }
}

/**
 * Departments tied to a task by `relation`, in printed order. Lead, responsible and all units
 * come from one batched query (see `unitLoader`), so asking for all three costs one round trip.
 */
async function unitsOf(ctx: Context, task: Row, relation: "LEADS" | "RESPONSIBLE_FOR"): Promise<Row[]> {
  return (await ctx.loaders.taskUnits.load({ task: task.id as string, relation })).map((r) => r.department as Row);
}

/**
 * Lists (outline, children, pages that did not select them) leave a task's `text` and
 * `sourceText` out, as null: the full row comes by id, batched, only when a client selects them.
 */
async function fullTask(task: Row, ctx: Context): Promise<Row> {
  return (await ctx.loaders.task.load(task.id as string)) ?? task;
}
