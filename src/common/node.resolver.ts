import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import type { Row } from "../db";
import { BadUserInputError } from "../errors";
import { Node, typeOfId } from "./node.type";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its id; null when there is none." })
  async node(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "An id of any type (`Plan:…`, `Task:…`, …)." }) id: string): Promise<Row | null> {
    const loader = loaderFor(ctx, typeOfId(id));
    if (!loader) throw new BadUserInputError(`Malformed id ${JSON.stringify(id.slice(0, 100))}: expected "<Type>:…" with a known type`, "id");
    return loader.load(id);
  }
}

function loaderFor(ctx: Context, type: string | undefined) {
  const loaders: Record<string, { load(id: string): Promise<Row | null> } | undefined> = {
    Plan: ctx.loaders.plan,
    Region: ctx.loaders.region,
    Task: ctx.loaders.task,
    Department: ctx.loaders.department,
    Indicator: ctx.loaders.indicator,
  };
  return type ? loaders[type] : undefined;
}
