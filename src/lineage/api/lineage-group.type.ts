import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionTypes } from "../../common/connection";

@ObjectType({ simpleResolvers: true, description: "The same task across plans: SAME_TASK_AS links clustered with at most one task per plan, labelled by the phrases its links share." })
export class LineageGroup {
  @Field(() => ID, { description: "Stable while its smallest member task stays in it (`LineageGroup:<task id without Task:>`)." })
  id!: string;

  @Field({ description: "The one or two domain phrases most of its links share, else its most common title." })
  label!: string;

  @Field(() => Int, { description: "Number of tasks in the group." })
  size!: number;

  @Field(() => Int, { description: "Number of plans the group spans (equal to size: one task per plan)." })
  planCount!: number;
}

@InputType({ description: "Conditions a lineage group must meet." })
export class LineageGroupFilter {
  @Field(() => ID, { nullable: true, description: "Only groups with a task of this plan." })
  planId?: string;

  @Field(() => Int, { nullable: true, description: "Only groups spanning at least this many plans (default 2)." })
  minPlans?: number;
}

export const { Edge: LineageGroupEdge, Connection: LineageGroupConnection } = connectionTypes(LineageGroup, "LineageGroup");
