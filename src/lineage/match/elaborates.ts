import { evidenceOf, type Evidence } from "./evidence";
import { type Features, PairScorer, type ScoreModel } from "./scorer";
import type { PreparedTask } from "../text/task-text";

/** A 专栏 box and the task of its own plan it details. */
export interface Elaboration {
  box: PreparedTask;
  task: PreparedTask;
  /** Cosine of the box's text (its title and items) with the task's, 0–1. */
  score: number;
  /** The pair's four similarities (`score` is `body`). */
  features: Features;
  /** The concepts both name and the sentences of the box and the task that align best, as for SAME_TASK_AS (evidence.ts). */
  evidence: Evidence;
}

/** Below this a box details none of the tasks beside it (a box of indicators, of a whole chapter's projects). */
export const ELABORATES_THRESHOLD = 0.08;
/** The task printed right before a box is the one it usually details: its similarity counts a little more. */
const NEAREST_BONUS = 0.05;

/**
 * Within one plan: each 专栏 box ELABORATES the task it details, the task among those
 * printed beside it (same section) whose text it is most alike, the task right
 * before the box favoured. Plans print a box after the task whose projects it lists
 * (四川 专栏1 DRG 付费方式改革评估工程 after 完善多元复合医保支付方式), so the box is that
 * task's lineage too.
 */
export function elaborations(tasks: PreparedTask[], model: ScoreModel): Elaboration[] {
  const scorer = new PairScorer(tasks, model);
  const out: Elaboration[] = [];
  tasks.forEach((box, at) => {
    if (box.task.kind !== "COLUMN") return;
    const siblings = tasks.filter((t) => t.task.parentId === box.task.parentId && (t.task.kind === "TASK" || t.task.kind === "SUBTASK"));
    const before = tasks.slice(0, at).filter((t) => siblings.includes(t));
    const nearest = before[before.length - 1];
    let best: { task: PreparedTask; score: number; features: Features } | undefined;
    for (const task of siblings) {
      const features = scorer.features(box, task);
      const score = features.body;
      const ranked = score + (task === nearest ? NEAREST_BONUS : 0);
      if (!best || ranked > best.score + (best.task === nearest ? NEAREST_BONUS : 0)) best = { task, score, features };
    }
    if (best && best.score >= ELABORATES_THRESHOLD) {
      out.push({ box, ...best, evidence: evidenceOf({ a: box, b: best.task, features: best.features, score: best.score }, scorer) });
    }
  });
  return out;
}
