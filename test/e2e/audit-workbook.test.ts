import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CypherLibrary } from "../../src/cypher";
import { writeAuditWorkbookFile } from "../../src/exports/audit/file";
import { AUDIT_SHEETS } from "../../src/exports/audit/sheets";
import { startTestApi, TestApi } from "../setup/api";
import { expectedSeedTaskLinks } from "../setup/seed-lineage";

let api: TestApi;
let bytes: Buffer;
let wb: ExcelJS.Workbook;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-audit-"));

async function count(query: string): Promise<number> {
  return (await api.db.read("test count", query))[0].n as number;
}

/** Every data row of a sheet as objects keyed by the sheet's column keys. */
function rowsOf(name: string): Record<string, unknown>[] {
  const sheet = AUDIT_SHEETS.find((s) => s.name === name)!;
  const ws = wb.getWorksheet(name)!;
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(sheet.columns.map((c, i) => [c.key, row.getCell(i + 1).value])));
  });
  return out;
}

beforeAll(async () => {
  // Computed before the first request (it takes seconds), so that no kept-alive connection idles past the server's timeout.
  expectedSeedTaskLinks();
  api = await startTestApi();
  const res = await fetch(`${api.url}/export/audit.xlsx`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(res.headers.get("content-disposition")).toBe('attachment; filename="policy-graph-audit.xlsx"');
  bytes = Buffer.from(await res.arrayBuffer());
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
});
afterAll(async () => {
  await api.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("GET /export/audit.xlsx", () => {
  it("has the 说明 sheet and then one sheet per question", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["说明", ...AUDIT_SHEETS.map((s) => s.name)]);
  });

  it.each(AUDIT_SHEETS.map((s) => [s.name, s] as const))("%s: frozen header row in Chinese and English, fixed widths, a filter", (name, sheet) => {
    const ws = wb.getWorksheet(name)!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(sheet.columns.map((c) => c.header));
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(sheet.columns.map((_, i) => ws.getColumn(i + 1).width)).toEqual(sheet.columns.map((c) => c.width));
    expect(ws.autoFilter).toBeTruthy();
  });

  it("lists every loaded plan and says which print unit clauses", async () => {
    const plans = rowsOf("规划");
    expect(plans.length).toBe(await count("MATCH (p:Plan {loaded: true}) RETURN count(p) AS n"));
    expect(plans.find((p) => p.id === "Plan:001_aa40d479269d3f1a")).toMatchObject({ title: "西藏自治区关于深化医疗保障制度改革的实施意见", unitClauses: "是" });
    expect(plans.find((p) => p.id === "Plan:002_0f323f1820598f05")).toMatchObject({ title: "清遠市醫療保障事業發展“十四五”規劃", unitClauses: "否" });
  });

  it("lists every task with its lead and responsible units, deadline years, file and line", async () => {
    const tasks = rowsOf("任务与单位");
    expect(tasks.length).toBe(await count("MATCH (t:Task) WHERE t.kind IN ['TASK', 'SUBTASK', 'COLUMN_ITEM'] RETURN count(t) AS n"));
    const [expected] = await api.db.read(
      "test",
      `MATCH (t:Task {id: 'Task:001_aa40d479269d3f1a:2/1/3'})
       RETURN t.sourceLine AS line, t.deadlines AS deadlines,
              [(d)-[:LEADS]->(t) | d.name] AS lead, size([(d)-[:RESPONSIBLE_FOR]->(t) | d]) AS responsible`,
    );
    const row = tasks.find((t) => t.id === "Task:001_aa40d479269d3f1a:2/1/3")!;
    expect(row).toMatchObject({
      planTitle: "西藏自治区关于深化医疗保障制度改革的实施意见",
      title: "健全统一规范的医疗救助制度",
      lead: (expected.lead as string[]).join("；"),
      deadlines: (expected.deadlines as number[]).join(", "),
      sourceFile: "seeds/001_aa40d479269d3f1a.txt",
      sourceLine: expected.line,
    });
    expect(String(row.responsible).split("；")).toHaveLength(expected.responsible as number);
    expect(row.responsible).toContain("西藏自治区各地(市)委、行署(政府)");
  });

  it("lists the tasks without a lead unit in the plans that print unit clauses", async () => {
    const unled = rowsOf("无牵头单位的任务");
    const ids = await api.db.read(
      "test",
      `MATCH (t:Task) WHERE t.kind IN ['TASK', 'SUBTASK']
         AND t.planId IN COLLECT { MATCH (:Department)-[:LEADS|RESPONSIBLE_FOR]->(x:Task) RETURN DISTINCT x.planId }
         AND NOT EXISTS { (t)-[:CHILD_OF*0..]->(:Task)<-[:LEADS]-(:Department) }
       RETURN t.id AS id ORDER BY t.sortKey`,
    );
    expect(unled.map((r) => r.id)).toEqual(ids.map((r) => r.id));
    expect(unled.find((r) => r.id === "Task:001_aa40d479269d3f1a:2/6/19")).toMatchObject({ title: "优化医疗保障公共服务", responsible: "西藏自治区医疗保障局" });
  });

  it("ranks departments by tasks led, then shared, with the counts of the graph", async () => {
    const departments = rowsOf("部门");
    const expected = await api.db.read(
      "test",
      `MATCH (d:Department)
       RETURN d.id AS id, COUNT { (d)-[:LEADS]->(:Task) } AS led, COUNT { (d)-[:RESPONSIBLE_FOR]->(:Task) } AS shared
       ORDER BY led DESC, shared DESC, d.sortKey`,
    );
    expect(departments.map((d) => [d.id, d.led, d.shared])).toEqual(expected.map((d) => [d.id, d.led, d.shared]));
    expect(departments[0]).toMatchObject({ name: "西藏自治区医疗保障局", aliases: "区医保局" });
  });

  it("gives each plan's indicators with baseline, target and attribute", async () => {
    const indicators = rowsOf("指标");
    expect(indicators.length).toBe(await count("MATCH (i:Indicator) RETURN count(i) AS n"));
    expect(indicators[0]).toMatchObject({ planTitle: "四川省“十四五”全民医疗保障规划", name: "基本医疗保险参保率", baseline: "95%以上", attribute: "约束性", table: "十四五目标" });
  });

  it("lists every lineage link with its score", async () => {
    const links = rowsOf("传承关系");
    expect(links.length).toBe(
      await count("MATCH (a)-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(b) WHERE (a:Task AND b:Task) OR (a:Plan AND b:Plan AND type(r) = 'IMPLEMENTS') RETURN count(r) AS n"),
    );
    // The task links are those the scorer computes from the parsed seeds, so the sheet is not empty.
    expect(links.filter((l) => String(l.fromId).startsWith("Task:"))).toHaveLength(expectedSeedTaskLinks().length);
    for (const l of links) {
      expect(String(l.relation)).toMatch(/^(同一任务 SAME_TASK_AS|落实 IMPLEMENTS|涵盖 COVERS|专栏细化 ELABORATES)$/);
      expect(l.fromId).toBeTruthy();
      expect(l.toId).toBeTruthy();
    }
  });

  it("opens in LibreOffice with the Chinese text intact", () => {
    // The set-up installs Debian's headless Calc on first run (or fails saying why): never skipped.
    const ensured = spawnSync("sh", [path.join(api.config.projectRoot, "scripts/ensure-libreoffice.sh")], { encoding: "utf8", timeout: 600_000 });
    if (ensured.status !== 0) throw new Error(`scripts/ensure-libreoffice.sh failed (${ensured.status ?? ensured.signal}): ${ensured.stderr}`);
    const soffice = ensured.stdout.trim().split("\n").pop()!;
    const file = path.join(tmp, "audit.xlsx");
    fs.writeFileSync(file, bytes);
    // Token 12 = -1: every sheet to its own CSV (file-<sheet>.csv), UTF-8 (76).
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${tmp}/lo-profile`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", tmp, file],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(r.status).toBe(0);
    const departments = fs.readFileSync(path.join(tmp, "audit-部门.csv"), "utf8");
    expect(departments.split("\n")[0]).toMatch(/^部门 Department,类型 Type/);
    expect(departments).toContain("西藏自治区医疗保障局,医疗保障,西藏自治区,区医保局");
  }, 750_000);
});

describe("npm run export -- --xlsx <file>", () => {
  it("writes the same workbook to a file, never leaving a partial one", async () => {
    const file = path.join(tmp, "out", "audit.xlsx");
    const cypher = CypherLibrary.load(path.join(api.config.projectRoot, "cypher", "queries"));
    const read = (name: string, params: Record<string, unknown>) => api.db.read(name, cypher.get(name), params);
    const summary = await writeAuditWorkbookFile(file, read, { batchSize: 7 });
    expect(summary.sheets.map((s) => s.name)).toEqual(AUDIT_SHEETS.map((s) => s.name));
    expect(fs.readdirSync(path.dirname(file))).toEqual(["audit.xlsx"]);
    const fromFile = new ExcelJS.Workbook();
    await fromFile.xlsx.readFile(file);
    for (const s of summary.sheets) expect(fromFile.getWorksheet(s.name)!.rowCount).toBe(s.rows + 1);
    expect(summary.sheets.map((s) => s.rows + 1)).toEqual(AUDIT_SHEETS.map((s) => wb.getWorksheet(s.name)!.rowCount));
  });

  it("removes the partial file when the graph cannot be read", async () => {
    const file = path.join(tmp, "failed", "audit.xlsx");
    const failing = async () => {
      throw new Error("boom");
    };
    await expect(writeAuditWorkbookFile(file, failing, { batchSize: 7 })).rejects.toThrow("boom");
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });
});
