import { Field, Float, ObjectType } from "type-graphql";
import { Plan } from "../../plans/plan.type";

@ObjectType({ simpleResolvers: true, description: "Plan → plan IMPLEMENTS: a plan carries out a document it cites, or (by rule) the central opinion it states it implements." })
export class PlanLineageLink {
  @Field(() => Plan, { description: "The plan the question started at." })
  from!: object;

  @Field(() => Plan, { description: "The plan at the other end (for `implements`, the upstream document; loaded or only cited)." })
  to!: object;

  @Field(() => Float, { description: "1 for a printed citation; 0.8 for the implicit-basis rule." })
  score!: number;

  @Field({ description: "`citation` (named as a basis in the plan) or `structure` (the implicit-basis rule, see docs/lineage.md)." })
  method!: string;

  @Field(() => [String], { description: "Why: the citation with its line, or the rule and the plan's own sentences with their lines." })
  evidence!: string[];
}
