import * as fs from "fs";
import * as path from "path";
import { canonicalDepartment } from "../../src/ingest/departments/canonical";
import type { PlanDocument } from "../../src/ingest/model";
import { parseDocument } from "../../src/ingest/parse";
import type { Transform } from "../../src/generate/transforms/line-map";
import { divisionTable, firstListedUnits, leadMarkUnits, pairedUnits, relabelledUnits, sentenceUnits } from "../../src/generate/transforms/units";

/**
 * The Tibet opinion's own 22 assignments, printed in the other conventions Chinese
 * documents use (content unchanged), must read as the same assignments: the same
 * units in the same roles, resolving to the same departments.
 */
const TIBET = fs.readFileSync(path.join(__dirname, "..", "..", "seeds", "001_aa40d479269d3f1a.txt"), "utf8");
const published = parseDocument("seeds/001_aa40d479269d3f1a.txt", Buffer.from(TIBET));

/** task number → "LEAD 西藏自治区医疗保障局 (区医保局)" …, sorted (a convention may print the roles in another order). */
function assignments(doc: PlanDocument): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of doc.tasks.filter((x) => x.kind === "TASK")) {
    out[t.number!] = t.units.map((u) => `${u.role} ${canonicalDepartment(u.name, doc.meta.region).name} (${u.name})`).sort();
  }
  return out;
}

const expected = assignments(published);

it("reads the 22 published assignments (the baseline the conventions must meet)", () => {
  expect(Object.keys(expected)).toHaveLength(22);
  expect(Object.values(expected).every((units) => units.length > 0)).toBe(true);
});

describe.each<[string, Transform, string]>([
  ["（X牵头，A、B配合）", pairedUnits("配合"), "PAIRED"],
  ["（X牵头，A、B按职责分工负责）", pairedUnits("按职责分工负责"), "PAIRED"],
  ["（X牵头，A、B参与）", pairedUnits("参与"), "PAIRED"],
  ["（配合单位：A、B；牵头单位：X）", relabelledUnits, "LABELLED"],
  ["（责任单位：X（牵头）、A、B）", leadMarkUnits, "LEAD_MARK"],
  ["由X牵头，A、B配合。", sentenceUnits, "SENTENCE"],
])("the Tibet opinion with its clauses printed as %s", (_form, transform, convention) => {
  const doc = parseDocument("seeds/001_aa40d479269d3f1a.txt", Buffer.from(transform.apply(TIBET).text));

  it("reads the same 22 assignments, resolving to the same departments", () => {
    expect(assignments(doc)).toEqual(expected);
  });

  it(`names the convention (${convention}) and keeps each unit's printed name at its source`, () => {
    const units = doc.tasks.flatMap((t) => t.units);
    expect(units.filter((u) => u.role === "LEAD").every((u) => u.convention === convention)).toBe(true);
    for (const u of units) expect(u.source.text.replace(/\s/g, "")).toBe(u.name);
  });
});

describe("the Tibet opinion under a note that the first unit listed leads", () => {
  const doc = parseDocument("seeds/001_aa40d479269d3f1a.txt", Buffer.from(firstListedUnits.apply(TIBET).text));

  it("reads the first unit of every list as its lead, the rest as sharing", () => {
    const read = assignments(doc);
    // Task 19 prints only 责任单位:区医保局; the convention cannot print a task without a lead.
    expect({ ...read, 19: expected[19] }).toEqual(expected);
    expect(read[19]).toEqual(["LEAD 西藏自治区医疗保障局 (区医保局)"]);
    expect(doc.tasks.flatMap((t) => t.units).every((u) => u.convention === "FIRST_LISTED")).toBe(true);
  });
});
