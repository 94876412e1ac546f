import { Field, Float, ID, InputType } from "type-graphql";
import { expectId } from "../../common/ids";
import type { Row } from "../../db";
import { BadUserInputError } from "../../errors";
import { TaskKind } from "../../tasks/task.type";
import { LineageRelation } from "./lineage-link.type";

@InputType({ description: "Conditions a lineage link must meet; all given conditions apply together." })
export class LineageFilter {
  @Field(() => ID, { nullable: true, description: "Only links with a task of this plan at either end." })
  planId?: string;

  @Field(() => LineageRelation, { nullable: true, description: "Only links of this relation. PART_OF lists the COVERS links with `from` the item they cover." })
  relation?: LineageRelation;

  @Field(() => TaskKind, { nullable: true, description: "Only links with an item of this kind at either end (a 专栏 box: COLUMN; a section: SECTION …)." })
  kind?: TaskKind;

  @Field(() => Float, { nullable: true, description: "Only links scoring at least this (0–1)." })
  minScore?: number;
}

export function checkMinScore(minScore: number | null | undefined, argument = "minScore"): number {
  if (minScore === null || minScore === undefined) return 0;
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new BadUserInputError(`${argument} must be between 0 and 1, got ${minScore}`, argument);
  return minScore;
}

/** Filter → query parameters, every key present (the Cypher tests `$x IS NULL`). */
export function lineageFilterParams(filter: LineageFilter | null | undefined): Row {
  const f = filter ?? {};
  return {
    planId: f.planId ? expectId(f.planId, "Plan", "planId") : null,
    relation: f.relation ?? null,
    kind: f.kind ?? null,
    minScore: checkMinScore(f.minScore),
  };
}

/** LineageGroupFilter → query parameters; a minimum under two plans is refused (a group spans two at least). */
export function lineageGroupFilterParams(filter: { planId?: string; minPlans?: number } | null | undefined): Row {
  const minPlans = filter?.minPlans ?? 2;
  if (!Number.isInteger(minPlans) || minPlans < 2) throw new BadUserInputError(`minPlans must be an integer of at least 2, got ${minPlans}`, "minPlans");
  return { planId: filter?.planId ? expectId(filter.planId, "Plan", "planId") : null, minPlans };
}

export const MAX_UPSTREAM_DEPTH = 5;

/** `upstream(depth)` checked: 1 to MAX_UPSTREAM_DEPTH hops, 3 when not given. */
export function upstreamDepth(depth: number | null | undefined): number {
  const d = depth ?? 3;
  if (!Number.isInteger(d) || d < 1 || d > MAX_UPSTREAM_DEPTH) throw new BadUserInputError(`depth must be an integer from 1 to ${MAX_UPSTREAM_DEPTH}, got ${depth}`, "depth");
  return d;
}
