import * as fs from "fs";
import * as path from "path";
import { buildGraphBatch } from "../../src/ingest/graph-model";
import { parseDocument } from "../../src/ingest/parse";
import { bestThreshold, expandLabels, LabelFile, pairKey, Score, score, sweep, Truth } from "./evaluation";
import { fitLogistic } from "./logistic";
import { Candidate, grainOf, oneToOne, scoreCandidates } from "../../src/lineage/match/matcher";
import type { LineageParams } from "../../src/lineage/params";
import type { PlanTasks } from "../../src/lineage/match/plan-pair";
import { FEATURES, modelScore, ScoreModel } from "../../src/lineage/match/scorer";
import { LineageTask, prepareTasks } from "../../src/lineage/text/task-text";

/**
 * The labelled benchmark: the five seed documents parsed as the loader parses
 * them, the candidates of every pair of plans, scored against the labels.
 * Shared by `npm run lineage:eval` and the unit test that holds the floor.
 */
export interface SeedSet {
  plans: PlanTasks[];
  truth: Truth;
  /** Candidates of each plan pair (blocking does not depend on the model; scores do). */
  pairs: Candidate[][];
}

export const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);

/** The five seed documents parsed as the loader parses them, in file order, with each file's three-digit prefix. */
export function loadSeedPlans(projectRoot: string): { plans: PlanTasks[]; byPrefix: Map<string, string> } {
  const seedsDir = path.join(projectRoot, "seeds");
  const plans: PlanTasks[] = [];
  const byPrefix = new Map<string, string>();
  for (const name of fs.readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort()) {
    const file = path.relative(projectRoot, path.join(seedsDir, name));
    const batch = buildGraphBatch(parseDocument(file, fs.readFileSync(path.join(seedsDir, name))));
    plans.push({ planId: batch.planId, tasks: prepareTasks(batch.tasks as unknown as LineageTask[]) });
    byPrefix.set(name.slice(0, 3), batch.planId);
  }
  return { plans, byPrefix };
}

export function loadSeedSet(projectRoot: string, model: ScoreModel): SeedSet {
  const { plans, byPrefix } = loadSeedPlans(projectRoot);
  const labels = JSON.parse(fs.readFileSync(path.join(projectRoot, "test", "fixtures", "lineage-pairs.json"), "utf8")) as LabelFile;
  const ids = new Set(plans.flatMap((p) => p.tasks.map((t) => t.task.id)));
  const truth = expandLabels(labels, (ref) => {
    const planId = byPrefix.get(ref.slice(0, 3));
    const id = planId && `Task:${planId.slice("Plan:".length)}:${ref.slice(4)}`;
    if (!id || !ids.has(id)) throw new Error(`labelled task ${ref} is not in the parsed seeds`);
    return { id, planId: planId! };
  });
  const pairs: Candidate[][] = [];
  for (let i = 0; i < plans.length; i++) {
    for (let j = i + 1; j < plans.length; j++) pairs.push(scoreCandidates(plans[i].tasks, plans[j].tasks, model).candidates);
  }
  return { plans, truth, pairs };
}

/**
 * Same-grain candidates (SAME_TASK_AS compares items with items, sections and boxes with their like) re-scored with
 * `model`, then one-to-one per plan pair at threshold 0: a threshold keeps a prefix.
 */
export function rankLinks(pairs: Candidate[][], model: ScoreModel): Candidate[] {
  return pairs.flatMap((cs) => oneToOne(cs.filter((c) => grainOf(c.a) === grainOf(c.b)).map((c) => ({ ...c, score: modelScore(model, c.features) })), 0));
}

export const linksAt = (ranked: Candidate[], threshold: number) =>
  ranked.filter((c) => c.score >= threshold).map((c) => ({ a: c.a.task.id, b: c.b.task.id }));

/** Fits the score model on the judged candidates of the given plan pairs. */
export function fitModel(pairs: Candidate[][], truth: Truth): ScoreModel {
  const rows = pairs.flat().filter((c) => grainOf(c.a) === grainOf(c.b)).flatMap((c) => {
    const k = pairKey(c.a.task.id, c.b.task.id);
    const y = truth.positives.has(k) ? 1 : truth.negatives.has(k) ? 0 : undefined;
    return y === undefined ? [] : [{ x: FEATURES.map((f) => c.features[f]), y: y as 0 | 1 }];
  });
  const [bias, ...w] = fitLogistic(rows);
  return { bias, title: w[0], body: w[1], phrase: w[2], context: w[3] };
}

/** The sweep at the configured model, and the score at the configured threshold. */
export function evaluateParams(set: SeedSet, params: LineageParams): { sweep: Score[]; chosen: Score; best: Score } {
  const ranked = rankLinks(set.pairs, params.model);
  const scores = sweep(THRESHOLDS, (t) => linksAt(ranked, t), set.truth);
  return { sweep: scores, chosen: score(linksAt(ranked, params.sameTaskThreshold), set.truth, params.sameTaskThreshold), best: bestThreshold(scores) };
}

/**
 * Leave one plan pair out: for each of the ten pairs, fit the model and pick the
 * threshold on the other nine, then link the held-out pair with them. The pooled
 * score is what to expect on plans the model has not seen.
 */
export function crossValidate(set: SeedSet): Score {
  const held: { a: string; b: string }[] = [];
  set.pairs.forEach((cs, k) => {
    const others = set.pairs.filter((_, i) => i !== k);
    const model = fitModel(others, set.truth);
    const inOthers = subTruth(set.truth, others);
    const ranked = rankLinks(others, model);
    const { threshold } = bestThreshold(sweep(THRESHOLDS, (t) => linksAt(ranked, t), inOthers));
    held.push(...linksAt(rankLinks([cs], model), threshold));
  });
  return score(held, set.truth);
}

/** The truth restricted to the plan pairs present in `pairs`. */
function subTruth(truth: Truth, pairs: Candidate[][]): Truth {
  const planPairs = new Set(pairs.filter((cs) => cs.length).map((cs) => `${cs[0].a.task.planId}|${cs[0].b.task.planId}`));
  const planOf = (id: string) => `Plan:${id.split(":")[1]}`;
  const keep = (k: string) => {
    const [a, b] = k.split(" ").map(planOf).sort();
    return planPairs.has(`${a}|${b}`);
  };
  return { positives: new Set([...truth.positives].filter(keep)), negatives: new Set([...truth.negatives].filter(keep)), reasons: truth.reasons };
}
