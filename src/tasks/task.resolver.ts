import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { pageSize, decodeCursor, ConnectionData } from "../common/connection";
import { expectId } from "../common/ids";
import { Source, sourceOf } from "../common/source.type";
import type { Context } from "../context";
import type { Row } from "../db";
import { Department } from "../departments/department.type";
import { Plan } from "../plans/plan.type";
import { TaskFilter, taskFilterParams } from "./task.filter";
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
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Conditions the tasks must meet." }) filter?: TaskFilter,
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 50, at most MAX_PAGE_SIZE, 500 by default)." }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after?: string,
  ): Promise<ConnectionData> {
    return taskPage(ctx, null, filter, first, after);
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
    return ctx.loaders.taskLead.load(task.id as string);
  }

  @FieldResolver(() => [Department], { description: "Responsible units (责任单位), in printed order." })
  responsible(@Root() task: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.taskResponsible.load(task.id as string);
  }

  @FieldResolver(() => [UnitAssignment], { description: "Every department tie of this task with the name as printed and its source line." })
  async units(@Root() task: Row, @Ctx() ctx: Context): Promise<object[]> {
    return (await ctx.loaders.taskUnits.load(task.id as string)).map((r) => ({
      relation: r.relation,
      printedName: r.printed,
      phrase: r.phrase ?? null,
      source: sourceOf(r),
      department: r.department,
    }));
  }

  @FieldResolver(() => Source, { description: "Where the task is printed." })
  source(@Root() task: Row): Source {
    return sourceOf(task)!;
  }
}

/** A page of tasks under `parent` (a plan id) or of all plans (null), batched across parents. */
export function taskPage(ctx: Context, parent: string | null, filter: TaskFilter | undefined, first: number | undefined, after: string | undefined): Promise<ConnectionData> {
  return ctx.loaders.taskPages.load({
    parent,
    limit: pageSize(first, ctx.config.graphql.maxFirst),
    after: decodeCursor("Task", after),
    params: taskFilterParams(filter),
  });
}
