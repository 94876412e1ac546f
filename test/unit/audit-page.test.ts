import * as fs from "fs";
import * as path from "path";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { sourceLines } from "../../src/plans/source-lines";
import { clauseSpans } from "../../web/src/lib/clause";
import { dossierCounts, dossierExportUrl, dossierRows, DossierTask, filterRows } from "../../web/src/lib/dossier";
import { markLines } from "../../web/src/lib/highlight";
import { comparisonBars, IndicatorRow } from "../../web/src/lib/indicators";
import { lineageGraph, ringPositions } from "../../web/src/lib/lineage-graph";
import { outlineTree } from "../../web/src/lib/outline";
import { formatRoute, parseHash, Route } from "../../web/src/lib/routes";
import { groupHits, snippetParts } from "../../web/src/lib/search";

const TIBET = fs.readFileSync(path.join(__dirname, "../../seeds/001_aa40d479269d3f1a.txt"), "utf8");

describe("the auditors' page: URLs", () => {
  it.each<Route>([
    { view: "home" },
    { view: "search", q: "區財政廳 基金" },
    { view: "department", id: "Department:西藏自治区:西藏自治区财政厅" },
    { view: "department", id: "Department:西藏自治区:西藏自治区财政厅", plan: "Plan:001_aa40d479269d3f1a", role: "LEAD", dueBy: 2022 },
    { view: "task", id: "Task:001_aa40d479269d3f1a:2/4/12" },
    { view: "plan", id: "Plan:002_0f323f1820598f05" },
    { view: "indicators" },
    { view: "indicator", concept: "基本医疗保险参保率", completion: true },
  ])("reads back the view it wrote: %j", (route) => {
    expect(parseHash(formatRoute(route))).toEqual(route);
  });

  it("reads an id typed with its slashes unencoded, and names a view it does not know", () => {
    expect(parseHash("#/task/Task:001_aa40d479269d3f1a:2/4/12")).toEqual({ view: "task", id: "Task:001_aa40d479269d3f1a:2/4/12" });
    expect(parseHash("#/nowhere")).toEqual({ view: "not-found", hash: "/nowhere" });
    expect(parseHash("#/department/Department:x?role=OWNER&dueBy=soon")).toEqual({ view: "department", id: "Department:x" });
  });
});

describe("the source view: Tibet task 12 as printed at line 80", () => {
  const read = new SourceText("seeds/001_aa40d479269d3f1a.txt", TIBET);
  const lines = sourceLines(TIBET, 78, 82);
  const line80 = lines.find((l) => l.number === 80)!;
  const at = (s: string) => line80.offset + line80.text.indexOf(s);
  const units = ["区医保局", "区党委编办", "区财政厅", "区卫生健康委", "各地(市)委、行署(政府)"].map((n) => ({ start: at(n), end: at(n) + n.length }));

  it("reaches from the units' names out to the brackets of their clause", () => {
    expect(read.line(80).raw).toBe(line80.text);
    const [clause, ...more] = clauseSpans(lines, units);
    expect(more).toEqual([]);
    expect(TIBET.slice(clause.start, clause.end)).toBe("〔牵头单位:区医保局;责任单位:区党委编办、区财政厅、区卫生健康委,各地(市)委、行署(政府)〕");
  });

  it("gives names in a sentence, without brackets, the span from the first to the last", () => {
    const text = "由区医保局牵头,区财政厅配合,完成改革。";
    const doc = [{ number: 1, offset: 100, text }];
    const s = (n: string) => ({ start: 100 + text.indexOf(n), end: 100 + text.indexOf(n) + n.length });
    expect(clauseSpans(doc, [s("区医保局"), s("区财政厅")])).toEqual([{ start: s("区医保局").start, end: s("区财政厅").end }]);
  });

  it("cuts the lines at every mark, nested marks listed outer first", () => {
    const clause = clauseSpans(lines, units)[0];
    const marked = markLines(lines, [
      { start: line80.offset, end: line80.offset + line80.text.length, kind: "task" },
      { ...clause, kind: "clause" },
      { ...units[2], kind: "unit" },
    ]);
    const m80 = marked.find((l) => l.number === 80)!;
    expect(m80.parts.map((p) => p.text).join("")).toBe(line80.text);
    expect(m80.kinds).toEqual(["task", "clause", "unit"]);
    expect(m80.parts.find((p) => p.text === "区财政厅")?.kinds).toEqual(["task", "clause", "unit"]);
    expect(m80.parts.filter((p) => p.kinds.includes("clause")).map((p) => p.text).join("")).toBe(TIBET.slice(clause.start, clause.end));
    expect(marked.filter((l) => l.number !== 80).every((l) => l.kinds.length === 0)).toBe(true);
  });
});

describe("the dossier: a department's tasks, filtered as the export filters them", () => {
  const dept = "Department:西藏自治区:西藏自治区财政厅";
  const task = (id: string, plan: string, deadlines: number[], units: [string, string, string][]): DossierTask => ({
    id,
    number: null,
    title: id,
    kind: "TASK",
    deadlines,
    schedule: null,
    plan: { id: plan, title: plan, region: null },
    source: { line: 1 },
    units: units.map(([relation, depId, roleText]) => ({ relation, roleText, printedName: depId, department: { id: depId, name: depId } })),
  });
  const rows = dossierRows(dept, [
    task("t1", "Plan:a", [2021], [["LEADS", "d:lead", "牵头单位"], ["RESPONSIBLE_FOR", dept, "责任单位"], ["NAMED_AS_ACTING", "d:acting", ""]]),
    task("t2", "Plan:a", [2025], [["LEADS", dept, "牵头"], ["RESPONSIBLE_FOR", "d:other", "配合"]]),
    task("t3", "Plan:b", [], [["RESPONSIBLE_FOR", "d:x", "按职责分工负责"], ["RESPONSIBLE_FOR", dept, "按职责分工负责"], ["LEADS", "d:lead", "牵头"]]),
  ]);

  it("gives each task the department's role and printed role word, and the other units with the lead first", () => {
    expect(rows.map((r) => [r.task.id, r.roles, r.roleTexts, r.others.map((u) => u.department.id)])).toEqual([
      ["t1", ["RESPONSIBLE"], ["责任单位"], ["d:lead"]],
      ["t2", ["LEAD"], ["牵头"], ["d:other"]],
      ["t3", ["RESPONSIBLE"], ["按职责分工负责"], ["d:lead", "d:x"]],
    ]);
  });

  it("filters by plan, role and due year (a deadline at or before it), and counts what there is", () => {
    expect(filterRows(rows, { plan: "Plan:a" }).map((r) => r.task.id)).toEqual(["t1", "t2"]);
    expect(filterRows(rows, { role: "LEAD" }).map((r) => r.task.id)).toEqual(["t2"]);
    expect(filterRows(rows, { role: "RESPONSIBLE", dueBy: 2022 }).map((r) => r.task.id)).toEqual(["t1"]);
    expect(dossierCounts(rows)).toEqual({
      led: 1,
      shared: 2,
      plans: [
        { id: "Plan:a", title: "Plan:a", region: null, count: 2 },
        { id: "Plan:b", title: "Plan:b", region: null, count: 1 },
      ],
      years: [2021, 2025],
    });
  });

  it("downloads through the export endpoints with the same filter", () => {
    expect(dossierExportUrl("csv", dept, { role: "LEAD", plan: "Plan:a", dueBy: 2022 })).toBe(
      `../export/tasks?format=csv-excel&departmentId=${encodeURIComponent(dept)}&role=LEAD&planId=Plan%3Aa&dueBy=2022`,
    );
    expect(dossierExportUrl("xlsx", dept, {})).toBe(`../export/audit.xlsx?departmentId=${encodeURIComponent(dept)}`);
  });
});

describe("search results, outline, indicators and the lineage picture", () => {
  it("groups hits by kind, departments first, keeping the API's order in each", () => {
    const hit = (t: string, id: string) => ({ score: 1, snippet: "", node: { __typename: t, id } });
    const groups = groupHits([hit("Task", "t1"), hit("Department", "d1"), hit("Task", "t2"), hit("Indicator", "i1")]);
    expect(groups.map((g) => [g.kind, g.hits.map((h) => h.node.id)])).toEqual([
      ["Department", ["d1"]],
      ["Task", ["t1", "t2"]],
      ["Indicator", ["i1"]],
    ]);
    expect(snippetParts("…责任单位:«区财政厅»、区卫生健康委")).toEqual([
      { text: "…责任单位:", match: false },
      { text: "区财政厅", match: true },
      { text: "、区卫生健康委", match: false },
    ]);
  });

  it("builds the outline tree from the items' paths, in document order", () => {
    const tree = outlineTree([{ id: "a", path: "2" }, { id: "b", path: "2/1" }, { id: "c", path: "2/1/1" }, { id: "d", path: "2/2" }, { id: "e", path: "3" }, { id: "f", path: "9/1" }]);
    const show = (ns: typeof tree): unknown => ns.map((n) => (n.children.length ? [n.item.id, show(n.children)] : n.item.id));
    expect(show(tree)).toEqual([["a", [["b", ["c"]], "d"]], "e", "f"]);
  });

  it("labels a region's bars by region, and by printed name where the region has several rows", () => {
    const row = (id: string, region: string, name: string, table = "TARGET") => ({ id, name, table, plan: { id: region, title: region, region: { name: region } } }) as IndicatorRow;
    expect(comparisonBars([row("1", "四川省", "参保率"), row("2", "江西省", "职工参保率"), row("3", "江西省", "居民参保率", "COMPLETION")]).map((b) => b.label)).toEqual([
      "四川省",
      "江西省\n职工参保率",
      "江西省\n居民参保率（十三五）",
    ]);
  });

  it("draws the task, its group and the tasks its links reach, each link once, in fixed places", () => {
    const t = (id: string, region: string) => ({ id, title: `任务${id}`, plan: { id: `Plan:${region}`, title: region, region: { name: region } } });
    const focus = t("T", "西藏自治区");
    const link = (to: ReturnType<typeof t>, score: number) => ({ relation: "SAME_TASK_AS", score, from: { id: "x" }, to });
    const group = [
      { ...t("S", "四川省"), lineage: [link(focus, 0.6), link(t("Q2", "清远市"), 0.5)] },
      { ...focus, lineage: [link(t("S", "四川省"), 0.6)] },
      { ...t("Q2", "清远市"), lineage: [link(t("S", "四川省"), 0.5)] },
    ];
    const g = lineageGraph(focus, group, [link(t("S", "四川省"), 0.6), link(t("Q", "清远市"), 0.99)]);
    expect(g.nodes.map((n) => [n.id, n.focus, n.inGroup])).toEqual([
      ["T", true, true],
      ["S", false, true],
      ["Q2", false, true],
      ["Q", false, false],
    ]);
    expect(g.edges.map((e) => [e.source, e.target, e.score])).toEqual([
      ["T", "S", 0.6],
      ["T", "Q", 0.99],
      ["S", "Q2", 0.5],
    ]);
    const at = ringPositions(g.nodes);
    expect(at.get("T")).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(at.get("S")!.x, at.get("S")!.y)).toBeCloseTo(1);
    expect(Math.hypot(at.get("Q")!.x, at.get("Q")!.y)).toBeCloseTo(1.6);
    expect(ringPositions(g.nodes)).toEqual(at);
  });
});
