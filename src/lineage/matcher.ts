import { isBlockingConcept } from "./lexicon";
import { Features, PairScorer, ScoreModel } from "./scorer";
import type { PreparedTask } from "./task-text";

export interface Candidate {
  a: PreparedTask;
  b: PreparedTask;
  features: Features;
  score: number;
}

/**
 * Blocking keys: the specific lexicon concepts a task names and the bigrams of
 * its lead phrase. Two tasks are scored only when they share a key and a class,
 * so the work is proportional to the postings, not to |A|×|B|.
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
      const key = `${t.cls}|${k}`;
      if (!postings.has(key)) postings.set(key, []);
      postings.get(key)!.push(i);
    }
  });
  const candidates: Candidate[] = [];
  for (const x of a) {
    const seen = new Set<number>();
    for (const k of keysOf(x)) for (const i of postings.get(`${x.cls}|${k}`) ?? []) seen.add(i);
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
