import type { PreparedTask } from "../text/task-text";
import { cosine, Idf, Vector } from "../text/vectors";

/** The four similarities a score is made of, each 0–1. */
export interface Features {
  /** Lead phrases (the short title a task opens with). */
  title: number;
  /** Whole text, with the titles of the items under it. */
  body: number;
  /** Lexicon concepts, idf-weighted Jaccard. */
  phrase: number;
  /** Titles of the enclosing sections: 基金监管 under 基金监管 is likelier the same task. */
  context: number;
}

/**
 * A logistic model over the features: score = σ(bias + Σ weight·feature), the
 * estimated probability that a candidate pair is the same task. Its coefficients
 * are fitted on the labelled set by `npm run lineage:eval -- --fit` (logistic.ts).
 */
export interface ScoreModel extends Features {
  bias: number;
}

/** In units of concept idf (a concept in one task of two plans weighs about 4–5, one in half of them about 1). */
export const CONCEPT_PRIOR = 2;

/** 0–1: the model's probability for these features. */
export function modelScore(m: ScoreModel, f: Features): number {
  return 1 / (1 + Math.exp(-(m.bias + m.title * f.title + m.body * f.body + m.phrase * f.phrase + m.context * f.context)));
}

export const FEATURES = ["title", "body", "phrase", "context"] as const;

interface Vectors {
  title: Vector;
  body: Vector;
  context: Vector;
}

/**
 * Scores pairs of tasks from two plans. Idf is learnt from these two plans only
 * (see vectors.ts); concept weights too, so a concept both plans mention in
 * every other task (基金) counts for little.
 */
export class PairScorer {
  readonly idf = new Idf();
  private readonly conceptIdf = new Idf();
  private readonly vectors = new Map<string, Vectors>();

  constructor(
    tasks: PreparedTask[],
    private readonly model: ScoreModel,
  ) {
    for (const t of tasks) {
      this.idf.add(t.bodyGrams);
      this.conceptIdf.add(t.concepts);
    }
    for (const t of tasks) {
      this.vectors.set(t.task.id, {
        title: this.idf.vector(t.titleGrams),
        body: this.idf.vector(t.subjectGrams ? [...t.subjectGrams, ...t.bodyGrams] : t.bodyGrams),
        context: this.idf.vector(t.contextGrams),
      });
    }
  }

  features(a: PreparedTask, b: PreparedTask): Features {
    const va = this.vectors.get(a.task.id)!;
    const vb = this.vectors.get(b.task.id)!;
    return {
      title: cosine(va.title, vb.title),
      body: cosine(va.body, vb.body),
      phrase: this.conceptOverlap(a.concepts, b.concepts),
      context: cosine(va.context, vb.context),
    };
  }

  score(f: Features): number {
    return modelScore(this.model, f);
  }

  conceptWeight(key: string): number {
    return this.conceptIdf.weight(key);
  }

  /**
   * Idf-weighted Jaccard, with CONCEPT_PRIOR added to the union: one shared concept
   * between two tasks that name only that one (宣传, 标准化) is weak evidence, not 1.
   */
  private conceptOverlap(a: string[], b: string[]): number {
    if (!a.length || !b.length) return 0;
    const inB = new Set(b);
    let shared = 0;
    let union = 0;
    for (const k of new Set([...a, ...b])) {
      const w = this.conceptIdf.weight(k);
      union += w;
      if (inB.has(k) && a.includes(k)) shared += w;
    }
    return shared / (union + CONCEPT_PRIOR);
  }
}
