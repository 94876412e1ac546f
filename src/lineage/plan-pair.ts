import { bestUpstream, Candidate, pairLinks, scoreCandidates } from "./matcher";
import type { LineageParams } from "./params";
import type { PairScorer } from "./scorer";
import type { PreparedTask } from "./task-text";

/** The prepared tasks of one plan. */
export interface PlanTasks {
  planId: string;
  tasks: PreparedTask[];
}

export interface PairResult {
  scorer: PairScorer;
  candidates: Candidate[];
  links: Candidate[];
  /** COVERS: a container (`a`) of one plan and an item (`b`) of the other it covers. */
  covers: Candidate[];
}

/**
 * The links between two plans: SAME_TASK_AS at the same grain and COVERS across
 * grains (matcher.ts). The pair is put in plan-id order first, so the result is the
 * same whichever of the two was loaded last.
 */
export function sameTaskPair(p: PlanTasks, q: PlanTasks, params: LineageParams): PairResult {
  const [a, b] = p.planId < q.planId ? [p, q] : [q, p];
  const { scorer, candidates } = scoreCandidates(a.tasks, b.tasks, params.model);
  const links = pairLinks(candidates, params.sameTaskThreshold, params.coversThreshold, params.bestMatchThreshold);
  return { scorer, candidates, links: links.same, covers: links.covers };
}

/** Task IMPLEMENTS between a local plan and a plan it implements: `a` is always the local task. */
export function implementsPair(local: PlanTasks, upstream: PlanTasks, params: LineageParams): PairResult {
  const { scorer, candidates } = scoreCandidates(local.tasks, upstream.tasks, params.model);
  // IMPLEMENTS is task to task at the same grain: a local item carries out an upstream item.
  const sameGrain = candidates.filter((c) => (c.a.cls === "group") === (c.b.cls === "group"));
  return { scorer, candidates, links: bestUpstream(sameGrain, params.implementsThreshold), covers: [] };
}
