import * as path from "path";
import { bestThreshold, expandLabels, pairKey, score } from "../../src/lineage/evaluation";
import { runImplementsBenchmark } from "../../src/lineage/implements-benchmark";
import { LINEAGE_PARAMS } from "../../src/lineage/params";
import { crossValidate, evaluateParams, linksAt, loadSeedSet, rankLinks } from "../../src/lineage/seed-benchmark";

const root = path.join(__dirname, "../..");

// Floors a little under the measured figures (docs/lineage.md): a change that loses
// more than a few links or admits more than a few wrong ones fails here.
const FLOOR = { precision: 0.92, recall: 0.78 };

describe("lineage against the labelled seed pairs", () => {
  const set = loadSeedSet(root, LINEAGE_PARAMS.model);

  it("keeps SAME_TASK_AS precision and recall above the floor at the configured threshold", () => {
    const { chosen } = evaluateParams(set, LINEAGE_PARAMS);
    expect(chosen.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(chosen.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it("holds the floor on plan pairs left out of the calibration (cross-validation)", () => {
    const cv = crossValidate(set);
    expect(cv.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(cv.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it("links no hard negative (pairs that share words but are different tasks)", () => {
    const hard = [...set.truth.reasons.keys()].filter((k) => set.truth.negatives.has(k));
    expect(hard.length).toBeGreaterThanOrEqual(20);
    const linked = linksAt(rankLinks(set.pairs, LINEAGE_PARAMS.model), LINEAGE_PARAMS.sameTaskThreshold).map((l) => pairKey(l.a, l.b));
    expect(hard.filter((k) => linked.includes(k))).toEqual([]);
  });

  it("finds every IMPLEMENTS of the generated city plan and none for its city-only tasks", () => {
    expect(runImplementsBenchmark(root, LINEAGE_PARAMS)).toMatchObject({ precision: 1, recall: 1, spurious: 0 });
  });
});

describe("evaluation arithmetic", () => {
  const labels = {
    groups: [
      { id: "g", reason: "same", tasks: ["A:1", "B:1", "C:1"] },
      { id: "h", reason: "other", tasks: ["A:2", "B:2"] },
    ],
    hardNegatives: [{ a: "A:3", b: "C:3", reason: "shares words" }],
  };
  const truth = expandLabels(labels, (ref) => ({ id: ref, planId: ref.split(":")[0] }));

  it("expands groups into cross-plan true pairs and takes pairs across groups as negatives", () => {
    expect([...truth.positives].sort()).toEqual([pairKey("A:1", "B:1"), pairKey("A:1", "C:1"), pairKey("A:2", "B:2"), pairKey("B:1", "C:1")].sort());
    expect(truth.negatives.has(pairKey("A:1", "B:2"))).toBe(true);
    expect(truth.negatives.has(pairKey("A:3", "C:3"))).toBe(true);
    expect(truth.negatives.has(pairKey("A:1", "A:2"))).toBe(false);
  });

  it("judges only labelled pairs for precision and counts recall over all true pairs", () => {
    const s = score([{ a: "A:1", b: "B:1" }, { a: "A:1", b: "B:2" }, { a: "X:1", b: "Y:1" }], truth, 0.5);
    expect(s).toMatchObject({ tp: 1, fp: 1, unjudged: 1, precision: 0.5, recall: 0.25 });
  });

  it("picks the threshold with the best F1, the higher one on a tie", () => {
    const s = (threshold: number, f1: number) => ({ threshold, f1, predicted: 0, tp: 0, fp: 0, unjudged: 0, precision: 0, recall: 0 });
    expect(bestThreshold([s(0.1, 0.8), s(0.2, 0.8), s(0.3, 0.7)]).threshold).toBe(0.2);
  });
});
