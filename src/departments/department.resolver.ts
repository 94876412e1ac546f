import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { ConnectionData, decodeCursor, pageSize } from "../common/connection";
import { expectId } from "../common/ids";
import { connectionSelection } from "../common/selection";
import type { Context } from "../context";
import type { Row } from "../db";
import { Region } from "../regions/region.type";
import { taskTextParams } from "../tasks/task.page";
import { TaskConnection } from "../tasks/task.type";
import { DepartmentFilter, departmentFilterParams } from "./department.filter";
import { Department, DepartmentConnection } from "./department.type";

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true, description: "Page size (default 50, at most MAX_PAGE_SIZE)." })
  first?: number;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  after?: string;
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: "One department by id; null when there is none." })
  department(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "A Department id (`Department:…`)." }) id: string): Promise<Row | null> {
    return ctx.loaders.department.load(expectId(id, "Department"));
  }

  @Query(() => DepartmentConnection, { description: "Departments that meet the filter, by name." })
  departments(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => DepartmentFilter, { nullable: true, description: "Conditions the departments must meet." }) filter: DepartmentFilter | undefined,
    @Args() { first, after }: PageArgs,
  ): Promise<ConnectionData> {
    const { page, total } = connectionSelection(info);
    return ctx.loaders.departmentPages.load({
      parent: null,
      limit: pageSize(first, ctx.config.graphql.maxFirst),
      after: decodeCursor("Department", after),
      params: departmentFilterParams(filter),
      page,
      total,
    });
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region the body belongs to." })
  region(@Root() d: Row, @Ctx() ctx: Context): Promise<Row | null> | null {
    return d.regionId ? ctx.loaders.region.load(d.regionId as string) : null;
  }

  @FieldResolver(() => [Department], {
    description: "Bodies this department also acts as, where a plan prints it as A(B): 区市场监管局(区药监局) is the market regulator, also acting as the drug regulator. Its tasks are on this department.",
  })
  actsAs(@Root() d: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.departmentActsAs.load(d.id as string);
  }

  @FieldResolver(() => [Department], {
    description: "Departments that plans print as also acting as this one (the reverse of actsAs): the tasks they hold in that capacity are on them.",
  })
  actedAsBy(@Root() d: Row, @Ctx() ctx: Context): Promise<Row[]> {
    return ctx.loaders.departmentActedAsBy.load(d.id as string);
  }

  @FieldResolver(() => TaskConnection, { description: "Tasks this department leads (牵头单位), in document order." })
  leads(@Root() d: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args() { first, after }: PageArgs): Promise<ConnectionData> {
    return unitTasks(ctx, info, d.id as string, "LEADS", first, after);
  }

  @FieldResolver(() => TaskConnection, { description: "Tasks this department is a responsible unit of (责任单位), in document order." })
  responsibleFor(@Root() d: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args() { first, after }: PageArgs): Promise<ConnectionData> {
    return unitTasks(ctx, info, d.id as string, "RESPONSIBLE_FOR", first, after);
  }

  @FieldResolver(() => TaskConnection, { description: "Tasks whose text names this department as acting (weaker than a unit clause)." })
  namedAsActing(@Root() d: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args() { first, after }: PageArgs): Promise<ConnectionData> {
    return unitTasks(ctx, info, d.id as string, "NAMED_AS_ACTING", first, after);
  }
}

function unitTasks(ctx: Context, info: GraphQLResolveInfo, departmentId: string, relation: string, first?: number, after?: string): Promise<ConnectionData> {
  const selected = connectionSelection(info);
  return ctx.loaders.departmentTasks.load({
    parent: departmentId,
    limit: pageSize(first, ctx.config.graphql.maxFirst),
    after: decodeCursor("Task", after),
    params: { relation, ...taskTextParams(selected) },
    page: selected.page,
    total: selected.total,
  });
}
