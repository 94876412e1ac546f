/**
 * Scoring links against a labelled set (test/fixtures/lineage-pairs.json). Pure,
 * so `npm run lineage:eval` and the unit test share it. A pair is the two task ids
 * in sorted order; only pairs across plans count.
 */
export interface LabelFile {
  groups: { id: string; reason: string; tasks: string[] }[];
  hardNegatives: { a: string; b: string; reason: string }[];
}

export interface Truth {
  positives: Set<string>;
  negatives: Set<string>;
  /** Why each labelled pair is what it is: the group's or the negative's reason. */
  reasons: Map<string, string>;
}

export interface Score {
  threshold: number;
  predicted: number;
  tp: number;
  fp: number;
  unjudged: number;
  precision: number;
  recall: number;
  f1: number;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * True pairs: every cross-plan pair inside a group. Negatives: the hard negatives,
 * and every cross-plan pair of labelled tasks that share no group (closed world: a
 * labelled task's true partners are all labelled). `resolve` turns `000:3/2/4` into
 * a task id and its plan.
 */
export function expandLabels(labels: LabelFile, resolve: (ref: string) => { id: string; planId: string }): Truth {
  const positives = new Set<string>();
  const negatives = new Set<string>();
  const reasons = new Map<string, string>();
  const groupsOf = new Map<string, Set<string>>();
  const tasks = new Map<string, { id: string; planId: string }>();
  for (const g of labels.groups) {
    const members = g.tasks.map(resolve);
    for (const m of members) {
      tasks.set(m.id, m);
      if (!groupsOf.has(m.id)) groupsOf.set(m.id, new Set());
      groupsOf.get(m.id)!.add(g.id);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (members[i].planId === members[j].planId) continue;
        const k = pairKey(members[i].id, members[j].id);
        positives.add(k);
        reasons.set(k, g.reason);
      }
    }
  }
  const all = [...tasks.values()];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i], all[j]];
      if (a.planId === b.planId) continue;
      const shared = [...groupsOf.get(a.id)!].some((g) => groupsOf.get(b.id)!.has(g));
      if (!shared) negatives.add(pairKey(a.id, b.id));
    }
  }
  for (const n of labels.hardNegatives) {
    const k = pairKey(resolve(n.a).id, resolve(n.b).id);
    if (positives.has(k)) throw new Error(`${n.a} × ${n.b} is labelled both a true pair and a hard negative`);
    negatives.add(k);
    reasons.set(k, n.reason);
  }
  return { positives, negatives, reasons };
}

/** Precision over the judged predictions, recall over all true pairs. */
export function score(links: { a: string; b: string }[], truth: Truth, threshold = NaN): Score {
  let tp = 0;
  let fp = 0;
  let unjudged = 0;
  for (const l of links) {
    const k = pairKey(l.a, l.b);
    if (truth.positives.has(k)) tp++;
    else if (truth.negatives.has(k)) fp++;
    else unjudged++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = truth.positives.size ? tp / truth.positives.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, predicted: links.length, tp, fp, unjudged, precision, recall, f1 };
}

/** The score at each threshold of `thresholds`, for links scored once (`linksAt` filters them). */
export function sweep(thresholds: number[], linksAt: (t: number) => { a: string; b: string }[], truth: Truth): Score[] {
  return thresholds.map((t) => score(linksAt(t), truth, t));
}

/** The threshold with the best F1; ties go to the higher threshold (fewer, surer links). */
export function bestThreshold(scores: Score[]): Score {
  return scores.reduce((best, s) => (s.f1 > best.f1 + 1e-9 || (Math.abs(s.f1 - best.f1) <= 1e-9 && s.threshold > best.threshold) ? s : best));
}
