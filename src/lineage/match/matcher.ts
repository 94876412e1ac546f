import { isBlockingConcept } from "../text/lexicon";
import { Features, PairScorer, ScoreModel } from "./scorer";
import type { PreparedTask } from "../text/task-text";

export interface Candidate {
  a: PreparedTask;
  b: PreparedTask;
  features: Features;
  score: number;
  /** How the link was found when not by the pair's own text: `project` (a 专栏 project's step, project-links.ts). */
  method?: string;
}

/**
 * How much of a plan an item states: a `container` (a chapter, section or 专栏 box
 * holding items) or an `item` (a task, sub-task, box item, or a section with text
 * and nothing under it). Two items of the same grain are the same task
 * (SAME_TASK_AS); a container and an item of another plan are a broader and a
 * narrower statement of one task (COVERS: the container covers the item).
 */
export type Grain = "container" | "item";
export const grainOf = (t: PreparedTask): Grain => (t.cls === "group" ? "container" : "item");

/**
 * Blocking keys: the specific lexicon concepts a task names and the bigrams of
 * its lead phrase. Two tasks are scored only when they share a key, whatever
 * their grain, so the work is proportional to the postings, not to |A|×|B|.
 */
function keysOf(t: PreparedTask): string[] {
  if (t.cls === "container") return [];
  return [...t.concepts.filter(isBlockingConcept).map((c) => `c:${c}`), ...t.titleGrams.map((g) => `g:${g}`)];
}

/** Every candidate pair between the tasks of plan A and plan B, scored. Deterministic in the order of A's and B's tasks. */
export function scoreCandidates(a: PreparedTask[], b: PreparedTask[], model: ScoreModel): { scorer: PairScorer; candidates: Candidate[] } {
  const scorer = new PairScorer([...a, ...b], model);
  const postings = new Map<string, number[]>();
  b.forEach((t, i) => {
    for (const k of new Set(keysOf(t))) {
      if (!postings.has(k)) postings.set(k, []);
      postings.get(k)!.push(i);
    }
  });
  const candidates: Candidate[] = [];
  for (const x of a) {
    const seen = new Set<number>();
    for (const k of keysOf(x)) for (const i of postings.get(k) ?? []) seen.add(i);
    for (const i of [...seen].sort((p, q) => p - q)) {
      const y = b[i];
      const features = scorer.features(x, y);
      candidates.push({ a: x, b: y, features, score: scorer.score(features) });
    }
  }
  return { scorer, candidates };
}

const byScore = (p: Candidate, q: Candidate) => q.score - p.score || p.a.task.id.localeCompare(q.a.task.id) || p.b.task.id.localeCompare(q.b.task.id);

/**
 * SAME_TASK_AS between two plans is one-to-one: greedily, best pair first, a pair
 * is kept when neither task is taken yet. Pairs under the threshold never enter,
 * so the result at a threshold is the prefix of one greedy order (the sweep of
 * lineage:eval relies on that).
 */
export function oneToOne(candidates: Candidate[], threshold: number): Candidate[] {
  const takenA = new Set<string>();
  const takenB = new Set<string>();
  const out: Candidate[] = [];
  for (const c of [...candidates].sort(byScore)) {
    if (c.score < threshold) break;
    if (takenA.has(c.a.task.id) || takenB.has(c.b.task.id)) continue;
    takenA.add(c.a.task.id);
    takenB.add(c.b.task.id);
    out.push(c);
  }
  return out;
}

/** The links of one plan pair, by relation. `covers` candidates carry the container as `a`. */
export interface PairLinks {
  same: Candidate[];
  covers: Candidate[];
}

/**
 * The links between the tasks of two plans. SAME_TASK_AS within a grain is one-to-
 * one, best pair first (items with items, containers with containers). COVERS
 * joins each item to the container of the other plan it scores best with, and
 * each container to the items it scores with over the threshold: a plan that
 * states a task both as a task and inside a 专栏 box or section links both.
 */
export function pairLinks(candidates: Candidate[], sameThreshold: number, coversThreshold: number, bestThreshold = Infinity, parentOf?: (id: string) => string | null | undefined): PairLinks {
  const sameGrain = candidates.filter((c) => grainOf(c.a) === grainOf(c.b));
  const same = oneToOne(sameGrain, sameThreshold);
  // A task whose counterpart is taken (the other plan states the task twice: as a task and as a box item) still
  // links to its best match when that is strong.
  const linked = new Set(same.map((c) => `${c.a.task.id} ${c.b.task.id}`));
  const bestOf = new Map<string, Candidate>();
  for (const c of [...sameGrain].sort(byScore)) {
    if (c.score < bestThreshold) break;
    for (const side of [c.a.task.id, c.b.task.id]) if (!bestOf.has(side)) bestOf.set(side, c);
  }
  for (const c of new Set(bestOf.values())) {
    const key = `${c.a.task.id} ${c.b.task.id}`;
    if (!linked.has(key)) {
      linked.add(key);
      same.push(c);
    }
  }
  const bestForItem = new Map<string, Candidate>();
  const covers: Candidate[] = [];
  const within = (x: string, y: string) => {
    for (let p = parentOf?.(y); p; p = parentOf?.(p)) if (p === x) return true;
    return false;
  };
  for (const c of [...candidates].sort(byScore)) {
    if (c.score < coversThreshold) break;
    if (grainOf(c.a) === grainOf(c.b)) continue;
    const oriented = grainOf(c.a) === "container" ? c : { ...c, a: c.b, b: c.a };
    const best = bestForItem.get(oriented.b.task.id);
    // The container an item scores best with covers it, and so do the containers it sits in or that sit in it
    // (a section and the 专栏 box printed in it state one subject at two widths).
    if (!best) bestForItem.set(oriented.b.task.id, oriented);
    else if (!(within(best.a.task.id, oriented.a.task.id) || within(oriented.a.task.id, best.a.task.id))) continue;
    covers.push(oriented);
  }
  return { same, covers: covers.sort(byScore) };
}

/**
 * A local task IMPLEMENTS the one upstream task it scores best with (many local
 * tasks may carry out one upstream task; each carries out at most one per
 * upstream plan).
 */
export function bestUpstream(candidates: Candidate[], threshold: number): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of [...candidates].sort(byScore)) {
    if (c.score < threshold) break;
    if (!best.has(c.a.task.id)) best.set(c.a.task.id, c);
  }
  return [...best.values()];
}
