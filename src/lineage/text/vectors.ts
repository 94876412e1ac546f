/**
 * TF-IDF over character bigrams. The document frequencies come from the two plans
 * being compared and nothing else, so a link's score depends only on its two
 * documents: loading a third plan never changes it, which is what lets lineage be
 * recomputed for one plan at a time.
 */
export type Vector = Map<string, number>;

export class Idf {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(terms: Iterable<string>): void {
    this.n++;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** BM25's idf: near 0 for a bigram in almost every task (医疗, 保障), high for a rare one. */
  weight(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.n - df + 0.5) / (df + 0.5));
  }

  /** Unit-length vector with sublinear term frequency (1 + ln tf): a long task does not win by repetition. */
  vector(terms: string[]): Vector {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * this.weight(t);
      if (w <= 0) continue;
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return Math.min(1, dot);
}

/** The terms that contribute most to the cosine of two vectors, best first. */
export function sharedTerms(a: Vector, b: Vector, limit: number): string[] {
  return [...a.keys()]
    .filter((t) => b.has(t))
    .sort((x, y) => a.get(y)! * b.get(y)! - a.get(x)! * b.get(x)! || x.localeCompare(y))
    .slice(0, limit);
}
