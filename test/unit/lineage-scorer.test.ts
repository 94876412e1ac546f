import type { PreparedTask } from "../../src/lineage/text/task-text";
import { CONCEPT_PRIOR, modelScore, PairScorer } from "../../src/lineage/match/scorer";
import { cosine, Idf, sharedTerms } from "../../src/lineage/text/vectors";

/**
 * The arithmetic under the lineage score, on cases small enough to work out by hand: BM25's
 * idf, the sublinear unit vectors, the cosine, the logistic model and the concept overlap.
 * lineage-pins.test.ts holds the whole scorer on seed pairs; these say which formula gave them.
 */

/** Two "tasks" of bigrams: a in both, b and c in one each. */
function idfOfTwo() {
  const idf = new Idf();
  idf.add(["a", "b"]);
  idf.add(["a", "a", "c"]); // a counted once per task
  return idf;
}

describe("Idf (BM25's idf over the two plans' tasks)", () => {
  it("weighs a term by ln(1 + (n − df + 0.5) / (df + 0.5))", () => {
    const idf = idfOfTwo();
    expect(idf.weight("a")).toBeCloseTo(Math.log(1 + 0.5 / 2.5), 12); // df 2 of n 2
    expect(idf.weight("b")).toBeCloseTo(Math.log(1 + 1.5 / 1.5), 12); // df 1
    expect(idf.weight("zz")).toBeCloseTo(Math.log(1 + 2.5 / 0.5), 12); // never seen
  });

  it("makes unit vectors with sublinear term frequency (1 + ln tf)", () => {
    const idf = idfOfTwo();
    const v = idf.vector(["a", "b", "b", "b"]);
    const wa = Math.log(1.2);
    const wb = (1 + Math.log(3)) * Math.log(2);
    const norm = Math.hypot(wa, wb);
    expect([...v.keys()]).toEqual(["a", "b"]);
    expect(v.get("a")).toBeCloseTo(wa / norm, 12);
    expect(v.get("b")).toBeCloseTo(wb / norm, 12);
  });

  it("gives no terms no vector", () => {
    expect(idfOfTwo().vector([])).toEqual(new Map());
  });
});

describe("cosine and shared terms", () => {
  it("is the dot product of the two unit vectors, whichever is the smaller", () => {
    const a = new Map([["x", 0.6], ["y", 0.8]]);
    const b = new Map([["x", 1]]);
    expect(cosine(a, b)).toBeCloseTo(0.6, 12);
    expect(cosine(b, a)).toBeCloseTo(0.6, 12);
    expect(cosine(a, new Map([["z", 1]]))).toBe(0);
  });

  it("never exceeds 1, though rounding may carry a vector's product with itself over it", () => {
    // A unit vector (found by a random search) whose float dot product with itself is 1 + 2⁻⁵².
    const v = new Map([["p", 0.569890388302604], ["q", 0.6152176604689017], ["r", 0.5447312874872148]]);
    let dot = 0;
    for (const w of v.values()) dot += w * w;
    expect(dot).toBeGreaterThan(1); // the premise: rounding carries it over
    expect(cosine(v, v)).toBe(1);
  });

  it("lists the shared terms by their share of the cosine, ties by term, at most `limit`", () => {
    const a = new Map([["m", 0.5], ["n", 0.5], ["o", 0.5], ["p", 0.5]]);
    const b = new Map([["n", 0.2], ["m", 0.2], ["o", 0.9], ["q", 1]]);
    expect(sharedTerms(a, b, 5)).toEqual(["o", "m", "n"]);
    expect(sharedTerms(a, b, 2)).toEqual(["o", "m"]);
  });
});

describe("modelScore (the logistic model)", () => {
  it("is σ(bias + Σ weight·feature)", () => {
    const m = { bias: -1, title: 2, body: 3, phrase: 4, context: 5 };
    // −1 + 2·0.1 + 3·0.2 + 4·0.3 + 5·0.4 = 3
    expect(modelScore(m, { title: 0.1, body: 0.2, phrase: 0.3, context: 0.4 })).toBeCloseTo(1 / (1 + Math.exp(-3)), 12);
    // Each weight on its own feature: only title set.
    expect(modelScore(m, { title: 1, body: 0, phrase: 0, context: 0 })).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(modelScore(m, { title: 0, body: 0, phrase: 0, context: 0 })).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });
});

/** A prepared task with only what the scorer reads. */
function task(id: string, t: Partial<Pick<PreparedTask, "titleGrams" | "bodyGrams" | "contextGrams" | "concepts" | "subjectGrams">>): PreparedTask {
  return { task: { id }, titleGrams: [], bodyGrams: [], contextGrams: [], concepts: [], sentences: [], ...t } as unknown as PreparedTask;
}

describe("PairScorer.features", () => {
  const model = { bias: 0, title: 0, body: 0, phrase: 0, context: 0 };

  it("weighs shared concepts by idf over their union plus CONCEPT_PRIOR", () => {
    const a = task("A", { concepts: ["x", "y"] });
    const b = task("B", { concepts: ["x", "z"] });
    const c = task("C", { concepts: ["w"] });
    const d = task("D", {});
    const scorer = new PairScorer([a, b, c, d], model);
    // Four tasks: x in two (df 2), y, z, w in one each.
    const wx = Math.log(1 + 2.5 / 2.5);
    const w1 = Math.log(1 + 3.5 / 1.5);
    expect(CONCEPT_PRIOR).toBe(2);
    expect(scorer.features(a, b).phrase).toBeCloseTo(wx / (wx + 2 * w1 + 2), 12);
    expect(scorer.features(b, a).phrase).toBeCloseTo(wx / (wx + 2 * w1 + 2), 12);
    expect(scorer.features(a, c).phrase).toBe(0);
    expect(scorer.features(a, d).phrase).toBe(0);
    expect(scorer.features(d, a).phrase).toBe(0);
    expect(scorer.conceptWeight("x")).toBeCloseTo(wx, 12);
  });

  it("compares titles, bodies and contexts each as its own cosine, idf from the bodies only", () => {
    const a = task("A", { titleGrams: ["t1"], bodyGrams: ["b1", "b2"], contextGrams: ["c1"] });
    const b = task("B", { titleGrams: ["t1", "t2"], bodyGrams: ["b1"], contextGrams: ["c1"] });
    const scorer = new PairScorer([a, b], model);
    // Idf over the bodies: b1 in both (df 2 of 2), b2 in one; t1, t2, c1 never in a body: df 0.
    const w0 = Math.log(1 + 2.5 / 0.5);
    const w2 = Math.log(1 + 0.5 / 2.5);
    const wb2 = Math.log(1 + 1.5 / 1.5);
    const f = scorer.features(a, b);
    expect(f.title).toBeCloseTo(w0 / Math.hypot(w0, w0), 12); // (1,0)·(1,1)/√2
    expect(f.body).toBeCloseTo(w2 / Math.hypot(w2, wb2), 12);
    expect(f.context).toBeCloseTo(1, 12);
    expect(scorer.score(f)).toBe(0.5); // every weight 0: σ(0)
  });

  it("compares a box step's subject with the other body, without counting it in the idf", () => {
    const a = task("A", { bodyGrams: ["b1"], subjectGrams: ["s1"] });
    const b = task("B", { bodyGrams: ["s1", "b2"] });
    const scorer = new PairScorer([a, b], model);
    // Body idf: b1, s1, b2 each in one of two bodies (s1 only in B's); A's body vector is s1 and b1.
    const w = Math.log(1 + 1.5 / 1.5);
    expect(scorer.idf.weight("s1")).toBeCloseTo(w, 12);
    expect(scorer.features(a, b).body).toBeCloseTo(0.5, 12); // (1,1,0)/√2 · (0,1,1)/√2 over (b1, s1, b2)
  });
});
