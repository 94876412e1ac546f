import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadDocument } from "../../src/ingest/load";
import { readDocument } from "../../src/ingest/pipeline";
import { removePlan } from "../reliability/support/graph";
import { startTestApi, TestApi } from "../setup/api";
import { expectedSeedLinks } from "../setup/seed-lineage";

/** README's tour: every examples/*.graphql runs over HTTP and answers what the seed documents print. */
const examples = path.join(__dirname, "../../examples");
const run = (name: string, variables?: Record<string, unknown>) => api.gql(fs.readFileSync(path.join(examples, name), "utf8"), variables);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the example queries", () => {
  it("list the tasks 区财政厅 shares, each with its lead unit (Tibet prints 区财政厅 as responsible, never lead)", async () => {
    const { data, errors } = await run("department-tasks.graphql");
    expect(errors).toBeUndefined();
    const [finance] = data.departments.nodes;
    expect(finance).toMatchObject({ name: "西藏自治区财政厅", aliases: ["区财政厅"], type: "财政", region: { name: "西藏自治区" } });
    expect(finance.leads.totalCount).toBe(0);
    const shared = finance.responsibleFor.nodes;
    expect(finance.responsibleFor.totalCount).toBe(shared.length);
    // Task 2: 〔牵头单位:区医保局;责任单位:区财政厅〕
    expect(shared.find((t: any) => t.number === "2")).toEqual({
      number: "2",
      title: "落实医疗保障待遇清单制度",
      lead: [{ name: "西藏自治区医疗保障局" }],
      responsible: [{ name: "西藏自治区财政厅" }],
    });
    for (const t of shared) expect(t.responsible.map((d: any) => d.name)).toContain("西藏自治区财政厅");
  });

  it("give Tibet's task 12 with its units as printed and its source line", async () => {
    const { data, errors } = await run("tibet-task.graphql");
    expect(errors).toBeUndefined();
    const tasks = data.plan.tasks.nodes;
    expect(tasks.map((t: any) => t.number)).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
    const t12 = tasks.find((t: any) => t.number === "12");
    expect(t12.title).toBe("改革完善医保基金监管体制");
    expect(t12.source.file).toBe("seeds/001_aa40d479269d3f1a.txt");
    expect(t12.source.line).toBe(80);
    const line80 = fs.readFileSync(path.join(__dirname, "../../seeds/001_aa40d479269d3f1a.txt"), "utf8").split("\n")[79];
    expect(line80.startsWith(t12.source.text.slice(0, 20))).toBe(true);
    // Line 80 prints 〔牵头单位:区医保局;责任单位:区党委编办、区财政厅、区卫生健康委,各地(市)委、行署(政府)〕.
    expect(t12.units.map((u: any) => [u.relation, u.printedName])).toEqual([
      ["LEADS", "区医保局"],
      ["RESPONSIBLE_FOR", "区党委编办"],
      ["RESPONSIBLE_FOR", "区财政厅"],
      ["RESPONSIBLE_FOR", "区卫生健康委"],
      ["RESPONSIBLE_FOR", "各地(市)委、行署(政府)"],
    ]);
    for (const u of t12.units) expect([u.source.line, line80.includes(u.printedName)]).toEqual([80, true]);
    expect(t12.lead).toEqual([{ name: "西藏自治区医疗保障局" }]);
  });

  it("browse Sichuan's outline from chapter to task, with deadlines", async () => {
    const { data, errors } = await run("plan-outline.graphql");
    expect(errors).toBeUndefined();
    const chapters = data.plan.outline;
    expect(chapters.map((c: any) => c.kind)).toEqual(["CHAPTER", "CHAPTER", "CHAPTER"]);
    expect(chapters[0]).toMatchObject({ number: "三", title: "健全完善运行机制" });
    const payment = chapters[0].children.find((s: any) => s.title === "持续改进医保支付机制");
    expect(payment.children.map((t: any) => t.title)).toContain("完善医保目录动态调整机制");
    expect(payment.children.find((t: any) => t.title === "完善医保目录动态调整机制").deadlines).toEqual([2022, 2025]);
    expect(data.plan.region).toEqual({ name: "四川省", parent: { name: "中国" } });
  });

  it("compare the 参保率 target across four plans, traditional names included", async () => {
    const { data, errors } = await run("indicator-across-plans.graphql");
    expect(errors).toBeUndefined();
    const byRegion = Object.fromEntries(data.indicators.nodes.map((n: any) => [n.plan.region.name, n]));
    expect(Object.keys(byRegion).sort()).toEqual(["四川省", "江西省", "清远市", "长春市"].sort());
    expect(byRegion["四川省"]).toMatchObject({ baseline: "95%以上", target: "稳定在95%以上", targetValue: 95, targetComparator: "GTE", attribute: "BINDING" });
    expect(byRegion["清远市"].name).toBe("基本醫療保險參保率");
  });

  it("find traditional and simplified text with a traditional query", async () => {
    const { data, errors } = await run("search.graphql");
    expect(errors).toBeUndefined();
    const plans = new Set(data.search.map((h: any) => h.node.plan?.title));
    expect(plans).toContain("清遠市醫療保障事業發展“十四五”規劃");
    expect(plans).toContain("西藏自治区关于深化医疗保障制度改革的实施意见");
    for (const hit of data.search) expect(hit.snippet).toMatch(/«.+»/);
  });

  it("follow Tibet's task 12 to the same task in Qingyuan and Changchun, and its plan up to 中发〔2020〕5号", async () => {
    const { data, errors } = await run("task-lineage.graphql");
    expect(errors).toBeUndefined();
    const titlesIn = (plan: string) => data.task.lineage.filter((l: any) => l.to.plan.title === plan).map((l: any) => l.to.title);
    const qingyuan = data.task.lineage.find((l: any) => l.to.plan.title === "清遠市醫療保障事業發展“十四五”規劃");
    expect(qingyuan.to).toMatchObject({ title: "完善基金監管體制", source: { file: "seeds/002_0f323f1820598f05.txt", line: 301 } });
    // 长春 states the task as a numbered task and again as the last measure listed under it: both are linked; and
    // the first step of its 基金监管能力建设重点工程 box, 加强基金监管队伍建设, which task 12 names (加强医保基金监管队伍建设).
    expect(titlesIn("长春市医疗保障事业发展“十四五”规划")).toEqual(["健全完善医疗保障基金监管体制机制", "推进医疗保障基金监管制度体系改革工作", "加强基金监管队伍建设"]);
    // Exactly the links of task 12 the scorer gives at 0.5 or more (scores pinned in test/unit/lineage-pins.test.ts).
    const task12 = "Task:001_aa40d479269d3f1a:2/4/12";
    const expected = expectedSeedLinks().filter((l) => (l.a === task12 || l.b === task12) && l.score >= 0.5);
    const r3 = (xs: number[]) => xs.map((x) => Math.round(x * 1000) / 1000).sort((x, y) => x - y);
    expect(r3(data.task.lineage.map((l: any) => l.score))).toEqual(r3(expected.map((l) => l.score)));
    for (const link of data.task.lineage) {
      expect(link.sharedPhrases).toContain("基金监管");
    }
    expect(data.task.plan.implements).toContainEqual({ method: "citation", score: 1, to: { title: "中共中央 国务院关于深化医疗保障制度改革的意见", loaded: false, docNumber: "中发〔2020〕5号" } });
    // Across grains: 四川's 专栏6 details its task 深入推进异地就医结算 and covers 长春's sub-task on the same settlement.
    expect(data.box).toMatchObject({ title: "异地就医直接结算推进工程", kind: "COLUMN" });
    expect(data.box.elaborates).toEqual([expect.objectContaining({ direction: "BROADER", method: "structure", to: { title: "深入推进异地就医结算", kind: "TASK" } })]);
    expect(data.box.covers.map((l: any) => l.to.title)).toContain("完善异地就医直接结算服务");
    for (const l of [...data.box.covers, ...data.section.covers]) {
      expect(l.direction).toBe("NARROWER");
      expect(l.evidence[0]).toMatch(/^score \d\.\d\d by (text|project): title /);
    }
    expect(data.section).toMatchObject({ title: "大力推进智慧医保建设", kind: "SECTION" });
    expect(data.section.covers.map((l: any) => l.to.title)).toContain("持续推进信息化标准化建设，打造“智慧医保”");
  });
});

describe("the example of a plan that assigns its units by table", () => {
  const file = "examples/documents/anhui-opinion-division-table.txt";
  const planId = "Plan:anhui-opinion-division-table";
  const text = fs.readFileSync(path.join(__dirname, "../..", file), "utf8");
  const lines = text.split("\n");
  const tableAt = lines.findIndex((l) => l.startsWith("序号\t重点任务")) + 1;
  /** Its rows as printed: 序号 → [重点任务, 牵头单位, 责任单位, 完成时限]. */
  const rows = new Map(lines.slice(tableAt).filter((l) => /^\d+\t/.test(l)).map((l) => [l.split("\t")[0], l.split("\t").slice(1)]));

  beforeAll(async () => {
    const doc = await readDocument(file, Buffer.from(text));
    await loadDocument(api.db, doc, { projectRoot: path.join(__dirname, "../..") });
  });
  afterAll(() => removePlan(api.db, planId));

  it("gives every task of a row that row's units, each sourced from its cell, with the column's header as its role word", async () => {
    const { data, errors } = await run("division-table.graphql");
    expect(errors).toBeUndefined();
    const tasks = data.plan.tasks.nodes;
    expect(data.plan.tasks.totalCount).toBe(55);
    for (const t of tasks) {
      const row = rows.get(t.number);
      if (!row) {
        expect(t.units).toEqual([]);
        continue;
      }
      expect(t.title).toBe(row[0]);
      expect(t.units.filter((u: any) => u.relation === "LEADS").map((u: any) => u.printedName)).toEqual([row[1]]);
      expect(t.units.filter((u: any) => u.relation === "RESPONSIBLE_FOR").map((u: any) => u.printedName)).toEqual(row[2] ? row[2].split("、").flatMap((x) => x.split(",")) : []);
      expect(t.schedule).toBe(row[3]);
      for (const u of t.units) {
        expect(u).toMatchObject({ convention: "TABLE", roleText: u.relation === "LEADS" ? "牵头单位" : "责任单位" });
        expect(lines[u.source.line - 1]).toContain(u.source.text);
        expect(u.source.line).toBeGreaterThan(tableAt);
      }
    }
    expect(tasks.filter((t: any) => !rows.has(t.number)).map((t: any) => t.number)).toEqual(["22"]);
  });

  it("lists in the audit workbook's 无牵头单位的任务 sheet exactly its tasks that no row gives a lead", async () => {
    const res = await fetch(`${api.url}/export/audit.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const unled: string[] = [];
    // Columns: plan title, path, number, title, …
    wb.getWorksheet("无牵头单位的任务")!.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === "安徽省关于深化医疗保障制度改革的实施意见") unled.push(String(row.getCell(3).value));
    });
    const noLead = [...Array(55).keys()].map((i) => String(i + 1)).filter((n) => !rows.get(n)?.[1]);
    expect(unled).toEqual(noLead);
    expect(noLead).toEqual(["22"]);
  });
});
