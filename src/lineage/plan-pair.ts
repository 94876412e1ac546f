import { bestUpstream, Candidate, oneToOne, scoreCandidates } from "./matcher";
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
}

/**
 * SAME_TASK_AS between two plans. The pair is put in plan-id order first, so the
 * result is the same whichever of the two was loaded last.
 */
export function sameTaskPair(p: PlanTasks, q: PlanTasks, params: LineageParams): PairResult {
  const [a, b] = p.planId < q.planId ? [p, q] : [q, p];
  const { scorer, candidates } = scoreCandidates(a.tasks, b.tasks, params.model);
  return { scorer, candidates, links: oneToOne(candidates, params.sameTaskThreshold) };
}

/** Task IMPLEMENTS between a local plan and a plan it implements: `a` is always the local task. */
export function implementsPair(local: PlanTasks, upstream: PlanTasks, params: LineageParams): PairResult {
  const { scorer, candidates } = scoreCandidates(local.tasks, upstream.tasks, params.model);
  return { scorer, candidates, links: bestUpstream(candidates, params.implementsThreshold) };
}
