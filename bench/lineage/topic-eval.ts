import * as fs from "fs";
import * as path from "path";
import { buildGraphBatch } from "../../src/ingest/graph-model";
import { parseDocument } from "../../src/ingest/parse";
import { elaborations } from "../../src/lineage/match/elaborates";
import { components, type GroupEdge } from "../../src/lineage/groups/groups";
import { coversJoinGroups } from "../../src/lineage/write/link-rows";
import { type Candidate, type PairLinks, scoreCandidates } from "../../src/lineage/match/matcher";
import { type Projects, projectsOf } from "../../src/lineage/match/project-links";
import type { LineageParams } from "../../src/lineage/params";
import { linkPair, type PlanTasks } from "../../src/lineage/match/plan-pair";
import { modelScore } from "../../src/lineage/match/scorer";
import { onOneLine, planLines, type TaskLine } from "../../src/lineage/groups/plan-lines";
import { type LineageTask, prepareTasks } from "../../src/lineage/text/task-text";
import { type GroupScore, kindPair, type LinkScore, loadTopics, scoreGroups, scoreLinks, type TopicTruth } from "./topics";

/**
 * Lineage over the five seeds, without a database, judged against the hand-labelled
 * topics: the links (SAME_TASK_AS, COVERS) of every plan pair and each plan's
 * ELABORATES, and the groups they make. Shared by `npm run lineage:eval` and the
 * unit test that holds the floor.
 */
export interface TopicSet {
  plans: PlanTasks[];
  /** Each plan's 专栏 projects (its boxes' steps and the tasks the boxes elaborate). */
  projects: Projects[];
  /** Each plan's test of two of its items stating one task (plan-lines.ts). */
  lines: Map<string, TaskLine>;
  truth: TopicTruth;
  /** The candidates of each plan pair (scored with the configured model). */
  pairs: Candidate[][];
}

export function loadTopicSet(projectRoot: string, params: LineageParams): TopicSet {
  const seedsDir = path.join(projectRoot, "seeds");
  const plans: PlanTasks[] = [];
  const byPrefix = new Map<string, PlanTasks>();
  for (const name of fs.readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort()) {
    const file = path.relative(projectRoot, path.join(seedsDir, name));
    const batch = buildGraphBatch(parseDocument(file, fs.readFileSync(path.join(seedsDir, name))));
    const plan = { planId: batch.planId, tasks: prepareTasks(batch.tasks as unknown as LineageTask[]) };
    plans.push(plan);
    byPrefix.set(name.slice(0, 3), plan);
  }
  const truth = loadTopics(projectRoot, (ref) => {
    const plan = byPrefix.get(ref.slice(0, 3));
    const id = plan && `Task:${plan.planId.slice("Plan:".length)}:${ref.slice(4)}`;
    const task = plan?.tasks.find((t) => t.task.id === id);
    if (!plan || !task) throw new Error(`labelled item ${ref} is not in the parsed seeds`);
    return { id: task.task.id, planId: plan.planId, kind: task.task.kind };
  });
  const pairs: Candidate[][] = [];
  for (let i = 0; i < plans.length; i++) {
    for (let j = i + 1; j < plans.length; j++) pairs.push(scoreCandidates(plans[i].tasks, plans[j].tasks, params.model).candidates);
  }
  const elab = plans.map((p) => elaborations(p.tasks, params.model));
  const projects = plans.map((p, i) => projectsOf(p.tasks, elab[i]));
  const lines = new Map(plans.flatMap((p, i) => planLines(p.tasks, new Map(elab[i].map((e) => [e.box.task.id, e.task.task.id]))).map((l) => [l.id, l] as const)));
  return { plans, projects, lines, truth, pairs };
}

export interface TopicEval {
  links: LinkScore;
  byRelation: Record<string, LinkScore>;
  byKind: Record<string, LinkScore>;
  groups: GroupScore;
  elaborates: { links: number; judged: number; correct: number };
  groupCount: number;
}

export interface EvalKnobs {
  sameThreshold: number;
  coversThreshold: number;
  cohesion: number;
  /** Each item also links to its best match of its grain from this score on, taken or not. */
  bestThreshold?: number;
  /** Sections' COVERS links join groups too. */
  sectionCovers?: boolean;
}

/** The links of the plan pair `k` (plans i < j) at the knobs: SAME_TASK_AS and COVERS, with COVERS through 专栏 projects. */
export function linksOfPair(set: TopicSet, k: number, params: LineageParams, knobs: EvalKnobs): PairLinks {
  const [i, j] = pairPlans(set, k);
  const rescored = set.pairs[k].map((c) => ({ ...c, score: modelScore(params.model, c.features) }));
  return linkPair(set.plans[i], set.plans[j], [set.projects[i], set.projects[j]], rescored, {
    sameTaskThreshold: knobs.sameThreshold,
    coversThreshold: knobs.coversThreshold,
    bestMatchThreshold: knobs.bestThreshold ?? Infinity,
  });
}

function pairPlans(set: TopicSet, k: number): [number, number] {
  let n = 0;
  for (let i = 0; i < set.plans.length; i++) for (let j = i + 1; j < set.plans.length; j++, n++) if (n === k) return [i, j];
  throw new Error(`no plan pair ${k}`);
}

/** Links and groups at the given knobs, over the plan pairs `only` (all when omitted), judged. */
export function evaluateTopics(set: TopicSet, params: LineageParams, knobs: EvalKnobs, only?: number[]): TopicEval {
  const same: Candidate[] = [];
  const covers: Candidate[] = [];
  set.pairs.forEach((_, k) => {
    if (only && !only.includes(k)) return;
    const l = linksOfPair(set, k, params, knobs);
    same.push(...l.same);
    covers.push(...l.covers);
  });
  const elab = set.plans.flatMap((p) => elaborations(p.tasks, params.model));
  const links = [...same, ...covers].map((c) => ({ a: c.a.task.id, b: c.b.task.id }));
  const truth = only ? restrictTruth(set, only) : set.truth;
  const byRelation = {
    SAME_TASK_AS: scoreLinks(truth, same.map((c) => ({ a: c.a.task.id, b: c.b.task.id }))),
    COVERS: scoreLinks(truth, covers.map((c) => ({ a: c.a.task.id, b: c.b.task.id }))),
  };
  const kinds = new Set([...truth.truePairs].map((k) => kindPair(truth, ...(k.split(" ") as [string, string]))));
  const byKind: Record<string, LinkScore> = {};
  for (const kind of [...kinds].sort()) byKind[kind] = scoreLinks(truth, links, (k) => kindPair(truth, ...(k.split(" ") as [string, string])) === kind);
  const edges: GroupEdge[] = groupEdges(same, covers, elab, knobs);
  const members = set.plans.flatMap((p) => p.tasks.map((t) => ({ id: t.task.id, planId: p.planId, title: t.task.title })));
  const groups = components(members, edges, knobs.cohesion, (a, b) => onOneLine(set.lines.get(a)!, set.lines.get(b)!)).map((g) => g.taskIds);
  let judged = 0;
  let correct = 0;
  for (const e of elab) {
    const a = truth.topicsOf.get(e.box.task.id);
    const b = truth.topicsOf.get(e.task.task.id);
    if (!a || !b) continue;
    judged++;
    if ([...a.keys()].some((t) => b.has(t))) correct++;
  }
  return {
    links: scoreLinks(truth, links),
    byRelation,
    byKind,
    groups: scoreGroups(truth, groups),
    elaborates: { links: elab.length, judged, correct },
    groupCount: groups.length,
  };
}

/** The truth of the plan pairs `only`: true pairs whose two plans are one of those pairs. */
function restrictTruth(set: TopicSet, only: number[]): TopicTruth {
  const allowed = new Set<string>();
  let k = 0;
  for (let i = 0; i < set.plans.length; i++) {
    for (let j = i + 1; j < set.plans.length; j++, k++) if (only.includes(k)) allowed.add(`${set.plans[i].planId}|${set.plans[j].planId}`);
  }
  const ok = (pair: string) => {
    const [a, b] = pair.split(" ").map((id) => set.truth.planOf.get(id)!).sort();
    return allowed.has(`${a}|${b}`);
  };
  return { ...set.truth, truePairs: new Set([...set.truth.truePairs].filter(ok)) };
}

/**
 * The links a group is made of: the same task in two plans, a box and the task it
 * details, and a box covering a task of another plan. A section that covers several
 * tasks bridges several topics: its COVERS links stay links and join no group.
 */
export function groupEdges(same: Candidate[], covers: Candidate[], elab: { box: { task: { id: string } }; task: { task: { id: string } }; score: number }[], knobs: Pick<EvalKnobs, "sectionCovers">): GroupEdge[] {
  return [
    ...same.map((c) => ({ a: c.a.task.id, b: c.b.task.id, score: c.score, phrases: [] })),
    ...covers.filter((c) => knobs.sectionCovers || coversJoinGroups(c)).map((c) => ({ a: c.a.task.id, b: c.b.task.id, score: c.score, phrases: [] })),
    ...elab.map((e) => ({ a: e.box.task.id, b: e.task.task.id, score: e.score, phrases: [] })),
  ];
}

/** The knobs tried when calibrating: thresholds of each relation. */
export const KNOB_GRID: EvalKnobs[] = [0.05, 0.1, 0.2, 0.3].flatMap((sameThreshold) =>
  [0.2, 0.3, 0.4, 0.5].flatMap((coversThreshold) => [0.1, 0.2, 0.5, Infinity].map((bestThreshold) => ({ sameThreshold, coversThreshold, bestThreshold, cohesion: 1 }))),
);

const f1 = (s: LinkScore) => (s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);

/** The knobs with the best link F1 over the plan pairs `on`. */
export function calibrate(set: TopicSet, params: LineageParams, on: number[]): EvalKnobs {
  let best: { knobs: EvalKnobs; f: number } | undefined;
  for (const knobs of KNOB_GRID) {
    const f = f1(evaluateTopics(set, params, knobs, on).links);
    if (!best || f > best.f + 1e-9) best = { knobs, f };
  }
  return best!.knobs;
}

/**
 * Leave one plan pair out: the knobs are calibrated on the other nine pairs and the
 * held-out pair is linked with them; the links of all ten held-out pairs are judged
 * together, and so are the groups those links make (with each plan's ELABORATES, which
 * no plan pair calibrates). What to expect of plans the calibration has not seen.
 * The group rule itself (COHESION) is not refitted per pair.
 */
export function crossValidateTopics(set: TopicSet, params: LineageParams): { links: LinkScore; groups: GroupScore; chosen: EvalKnobs[] } {
  const same: Candidate[] = [];
  const covers: Candidate[] = [];
  const chosen: EvalKnobs[] = [];
  set.pairs.forEach((cs, k) => {
    const others = set.pairs.map((_, i) => i).filter((i) => i !== k);
    const knobs = calibrate(set, params, others);
    chosen.push(knobs);
    const l = linksOfPair(set, k, params, knobs);
    same.push(...l.same);
    covers.push(...l.covers);
  });
  const held = [...same, ...covers].map((c) => ({ a: c.a.task.id, b: c.b.task.id }));
  const elab = set.plans.flatMap((p) => elaborations(p.tasks, params.model));
  const members = set.plans.flatMap((p) => p.tasks.map((t) => ({ id: t.task.id, planId: p.planId, title: t.task.title })));
  const groups = components(members, groupEdges(same, covers, elab, {}), params.cohesion, (a, b) => onOneLine(set.lines.get(a)!, set.lines.get(b)!)).map((g) => g.taskIds);
  return { links: scoreLinks(set.truth, held), groups: scoreGroups(set.truth, groups), chosen };
}
