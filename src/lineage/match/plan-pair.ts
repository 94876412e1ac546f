import { elaborations } from "./elaborates";
import { bestUpstream, Candidate, PairLinks, pairLinks, scoreCandidates } from "./matcher";
import type { LineageParams } from "../params";
import { projectCovers, type Projects, projectsOf } from "./project-links";
import type { PairScorer } from "./scorer";
import type { PreparedTask } from "../text/task-text";

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
  const projects = [a, b].map((x) => projectsOf(x.tasks, elaborations(x.tasks, params.model))) as [Projects, Projects];
  const links = linkPair(a, b, projects, candidates, params);
  // A project's step is covered on the strength of its project's link; its similarities are its own.
  const covers = links.covers.map((c) => (c.method === "project" ? { ...c, features: scorer.features(c.a, c.b) } : c));
  return { scorer, candidates, links: links.same, covers };
}

export interface PairThresholds {
  sameTaskThreshold: number;
  coversThreshold: number;
  bestMatchThreshold: number;
}

/**
 * The links of two plans from their scored candidates (matcher.ts), with the outline
 * of each plan (a container covers an item with the containers it sits in) and their
 * 专栏 projects (project-links.ts: a project's steps are covered through its project).
 */
export function linkPair(a: PlanTasks, b: PlanTasks, projects: [Projects, Projects], candidates: Candidate[], t: PairThresholds): PairLinks {
  const parents = new Map([...a.tasks, ...b.tasks].map((x) => [x.task.id, x.task.parentId] as const));
  const links = pairLinks(candidates, t.sameTaskThreshold, t.coversThreshold, t.bestMatchThreshold, (id) => parents.get(id));
  const linked = new Set([...links.same, ...links.covers].map((c) => `${c.a.task.id} ${c.b.task.id}`));
  const through = projectCovers(links, projects[0], projects[1]).filter((c) => !linked.has(`${c.a.task.id} ${c.b.task.id}`) && !linked.has(`${c.b.task.id} ${c.a.task.id}`));
  return { same: links.same, covers: [...links.covers, ...through.map((c) => ({ ...c, method: "project" }))] };
}

/** Task IMPLEMENTS between a local plan and a plan it implements: `a` is always the local task. */
export function implementsPair(local: PlanTasks, upstream: PlanTasks, params: LineageParams): PairResult {
  const { scorer, candidates } = scoreCandidates(local.tasks, upstream.tasks, params.model);
  // IMPLEMENTS is task to task at the same grain: a local item carries out an upstream item.
  const sameGrain = candidates.filter((c) => (c.a.cls === "group") === (c.b.cls === "group"));
  return { scorer, candidates, links: bestUpstream(sameGrain, params.implementsThreshold), covers: [] };
}
