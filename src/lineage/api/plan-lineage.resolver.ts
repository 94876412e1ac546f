import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import type { Row } from "../../db";
import { Plan } from "../../plans/plan.type";
import { PlanLineageLink } from "./plan-link.type";

const view = (plan: Row) => (r: Row) => ({ from: plan, to: r.other, score: r.score, method: r.method, evidence: r.evidence ?? [] });

/** Plan-level lineage on Plan. */
@Resolver(() => Plan)
export class PlanLineageResolver {
  @FieldResolver(() => [PlanLineageLink], { name: "implements", description: "The documents this plan implements (plan-level IMPLEMENTS), surest first: every cited basis, and 中发〔2020〕5号 by rule when the plan states it carries it out." })
  async implementsPlans(@Root() plan: Row, @Ctx() ctx: Context): Promise<object[]> {
    return (await ctx.loaders.planImplements.load(plan.id as string)).map(view(plan));
  }

  @FieldResolver(() => [PlanLineageLink], { description: "The loaded plans that implement this one." })
  async implementedBy(@Root() plan: Row, @Ctx() ctx: Context): Promise<object[]> {
    return (await ctx.loaders.planImplementedBy.load(plan.id as string)).map(view(plan));
  }
}
