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

describe.each<[string, Transform]>([
  ["tab rows", divisionTable({ layout: "tab" })],
  ["one cell per line", divisionTable({ layout: "stacked" })],
  ["tab rows, titles in the other script", divisionTable({ layout: "tab", otherScript: true })],
  ["one cell per line, titles in the other script", divisionTable({ layout: "stacked", otherScript: true })],
])("the Tibet opinion with its clauses moved into an appended division-of-labour table (%s)", (_layout, transform) => {
  const text = transform.apply(TIBET).text;
  const doc = parseDocument("seeds/001_aa40d479269d3f1a.txt", Buffer.from(text));

  it("prints no clause in the body any more", () => {
    expect(text).not.toMatch(/牵头单位[:：]区/);
  });

  it("reads the same 22 assignments from the table's rows, resolving to the same departments", () => {
    expect(assignments(doc)).toEqual(expected);
  });

  it("joins every row to its task, each unit sourced from its cell, with the column's header as its role word", () => {
    expect(doc.division).toEqual([{ line: expect.any(Number), rows: 22, joined: 22, unmatchedRows: [], tasksWithoutRow: [] }]);
    const units = doc.tasks.flatMap((t) => t.units);
    expect(new Set(units.map((u) => u.convention))).toEqual(new Set(["TABLE"]));
    expect(new Set(units.map((u) => u.roleText))).toEqual(new Set(["牵头单位", "责任单位"]));
    for (const u of units) {
      expect(u.source.text).toBe(u.name);
      expect(u.source.line).toBeGreaterThan(doc.tasks.filter((t) => t.kind === "TASK").slice(-1)[0].source.line);
    }
  });

  it("leaves the table out of the outline", () => {
    expect(doc.tasks.map((t) => t.path)).toEqual(published.tasks.map((t) => t.path));
    expect(doc.coverage.unread).toEqual([]);
  });
});

describe("a division-of-labour table as a plan prints it", () => {
  const plan = (table: string[]) =>
    parseDocument(
      "t.txt",
      Buffer.from(
        [
          "四川省关于深化医疗保障制度改革的实施方案",
          "",
          "一、主要任务",
          "",
          "(一)完善待遇保障机制",
          "",
          "1.完善基本医疗保险制度。巩固和完善基本医疗保险制度。",
          "",
          "2.健全医疗救助制度。2022年底前建立救助对象精准识别机制。",
          "",
          "(二)健全筹资运行机制",
          "",
          "3.稳步提高统筹层次。全面做实基本医疗保险省级统筹。",
          "",
          "附件",
          "",
          "重点任务分工表",
          "",
          ...table,
        ].join("\n"),
      ),
    );

  it("joins rows by the number and title they print, splitting a cell's units at 、 , ; spaces and line breaks", () => {
    const doc = plan([
      "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 时间安排 |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | 1.完善基本医疗保险制度 | 省医保局 | 省财政厅；省税务局 | 持续推进 |",
      "| 2 | （一）2.健全医疗救助制度 | 省医保局、省民政厅 | 省财政厅 省乡村振兴局,各市(州)人民政府 | 2022年底前 |",
      "| 3 | 稳步提高统筹层次 | 省医保局 |  | 2021—2023年 |",
    ]);
    const units = (path: string) => doc.tasks.find((t) => t.path === path)!.units.map((u) => `${u.role} ${u.name} ${u.roleText}`);
    expect(units("1/1/1")).toEqual(["LEAD 省医保局 牵头单位", "RESPONSIBLE 省财政厅 配合单位", "RESPONSIBLE 省税务局 配合单位"]);
    expect(units("1/1/2")).toEqual([
      "LEAD 省医保局 牵头单位",
      "LEAD 省民政厅 牵头单位",
      "RESPONSIBLE 省财政厅 配合单位",
      "RESPONSIBLE 省乡村振兴局 配合单位",
      "RESPONSIBLE 各市(州)人民政府 配合单位",
    ]);
    expect(doc.tasks.map((t) => [t.path, t.schedule, t.deadlines])).toEqual([
      ["1", undefined, []],
      ["1/1", undefined, []],
      ["1/1/1", "持续推进", []],
      ["1/1/2", "2022年底前", [2022]],
      ["1/2", undefined, []],
      ["1/2/3", "2021—2023年", [2023]],
    ]);
    expect(doc.division).toEqual([{ line: 19, rows: 3, joined: 3, unmatchedRows: [], tasksWithoutRow: [] }]);
  });

  it("reads a row naming no task of the body as a task under the table, and lists the body's tasks without a row", () => {
    const doc = plan(["序号\t重点任务\t牵头单位\t责任单位", "1\t完善基本医疗保险制度\t省医保局\t省财政厅", "2\t加强医保基金预算管理\t省医保局\t省财政厅"]);
    expect(doc.division).toEqual([
      { line: 19, rows: 2, joined: 1, unmatchedRows: [{ line: 21, title: "加强医保基金预算管理", path: "annex/2" }], tasksWithoutRow: ["1/1/2", "1/2/3"] },
    ]);
    const annex = doc.tasks.filter((t) => t.path.startsWith("annex"));
    expect(annex.map((t) => [t.kind, t.path, t.parentPath, t.title, t.units.map((u) => u.name)])).toEqual([
      ["CHAPTER", "annex", undefined, "重点任务分工表", []],
      ["TASK", "annex/2", "annex", "加强医保基金预算管理", ["省医保局", "省财政厅"]],
    ]);
    expect(doc.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'row 2 of the division-of-labour table names a task the body does not print ("加强医保基金预算管理"): read as task annex/2 under the table',
        "2 tasks of the body have no row in the division-of-labour table: 1/1/2, 1/2/3",
      ]),
    );
  });
});
