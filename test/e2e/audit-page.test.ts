import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "puppeteer-core";
import { postGraphQL, startTestServer, TestServer } from "../setup/api";
import { launchBrowser, TestBrowser } from "../setup/browser";
import { parseCsv } from "../setup/rfc4180";

/**
 * The auditors' page in a real headless Chromium against the real server and the seed
 * graph: what an auditor does, what they see, and that the page asks nothing of any
 * machine but its own server. Each view's screenshot goes to docs/screenshots/.
 */
const SHOTS = path.join(__dirname, "../../docs/screenshots");
const FINANCE = "Department:西藏自治区:西藏自治区财政厅";
const TIBET_12 = "Task:001_aa40d479269d3f1a:2/4/12";
const QINGYUAN = "Plan:002_0f323f1820598f05";
const CHANGCHUN = "Plan:003_3805f0e95e16182c";
const SICHUAN = "Plan:000_1cc9d6698810e7a5";

// A cold Neo4j on two shared cores plans each query the first time: generous, and never asserted on.
jest.setTimeout(300_000);
const WAIT = { timeout: 240_000 };

let server: TestServer;
let chrome: TestBrowser;
/** Every URL any tab asked for, with the origin of the server the tab opened, checked at the end. */
const requested: { origin: string; url: string }[] = [];

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  chrome = await launchBrowser();
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function gql(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { body } = await postGraphQL(server.url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function tab(width = 1280, height = 900, base = server.url): Promise<Page> {
  const { page, requests } = await chrome.open(width, height);
  const origin = new URL(base).origin;
  page.on("close", () => requested.push(...requests.map((url) => ({ origin, url }))));
  return page;
}

/** Opens a view by its URL and waits until it has finished loading (or shows an error). */
async function visit(page: Page, hash: string, base = server.url): Promise<void> {
  await page.goto(`${base}/audit/${hash}`, { waitUntil: "load", ...WAIT });
  await settled(page);
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector("main.view") && !document.querySelector(".state.loading"), WAIT);
}

/** The view from the top, at most 1,800 px of it: enough to show it, small enough to keep in the repository. */
async function shoot(page: Page, name: string): Promise<void> {
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  await page.screenshot({ path: path.join(SHOTS, name), clip: { x: 0, y: 0, width, height: Math.min(height, 1800) }, captureBeyondViewport: true });
}

const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? "").trim()));

describe("the auditors' page", () => {
  it("finds 区财政厅 by search, grouped by kind, and its dossier lists the 16 Tibet tasks it shares", async () => {
    const page = await tab();
    await visit(page, `#/search?q=${encodeURIComponent("区财政厅")}`);
    const kinds = await page.$$eval(".group", (els) => els.map((e) => e.getAttribute("data-kind")));
    expect(kinds[0]).toBe("Department");
    expect(kinds).toEqual(["Department", "Task", "Plan", "Indicator"].filter((k) => kinds.includes(k)));
    expect(await texts(page, ".group[data-kind=Department] .hit-title a")).toContain("西藏自治区财政厅");
    await shoot(page, "search.png");

    await Promise.all([page.waitForNavigation(WAIT).catch(() => undefined), page.click(".group[data-kind=Department] .hit-title a")]);
    await page.waitForSelector("tr[data-task-id]", WAIT);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/department/${FINANCE}`);
    const shown = await page.$$eval("tr[data-task-id]", (rows) => rows.map((r) => r.getAttribute("data-task-id")));
    const api = await gql(`query($id: ID!) { department(id: $id) { responsibleFor(first: 100) { totalCount nodes { id } } leads(first: 1) { totalCount } } }`, { id: FINANCE });
    expect(shown).toHaveLength(16);
    expect(shown.every((id) => id!.startsWith("Task:001_aa40d479269d3f1a:"))).toBe(true);
    expect(shown).toEqual(api.department.responsibleFor.nodes.map((n: { id: string }) => n.id));
    expect(await texts(page, "[data-count=shared]")).toEqual([String(api.department.responsibleFor.totalCount)]);
    expect(await texts(page, "[data-count=led]")).toEqual([String(api.department.leads.totalCount)]);
    // Each row names the other units, the lead marked: 区医保局 leads task 12.
    const row12 = await page.$eval(`tr[data-task-id="${TIBET_12}"]`, (r) => r.textContent ?? "");
    expect(row12).toMatch(/区医保局\s*牵头/);
    expect(row12).toContain("区党委编办");
    await shoot(page, "dossier.png");
    await page.close();
  });

  it("a traditional query finds the same department (區財政廳 → 西藏自治区财政厅)", async () => {
    const page = await tab();
    await visit(page, `#/search?q=${encodeURIComponent("區財政廳")}`);
    expect(await texts(page, ".group[data-kind=Department] .hit-title a")).toContain("西藏自治区财政厅");
    await page.close();
  });

  it("filters the dossier by due year in a shareable URL, and the CSV and Excel downloads hold exactly the rows shown", async () => {
    const page = await tab();
    await visit(page, `#/department/${encodeURIComponent(FINANCE)}`);
    const years = await page.$$eval("select[name=dueBy] option", (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(years.length).toBeGreaterThan(0);
    const year = years[0];
    await page.select("select[name=dueBy]", year);
    await page.waitForFunction((y) => location.hash.includes(`dueBy=${y}`), WAIT, year);
    await page.waitForSelector(`p.shown[data-due-by="${year}"]`, WAIT);
    const shown = await page.$$eval("tr[data-task-id]", (rows) => rows.map((r) => r.getAttribute("data-task-id")!));
    const api = await gql(`query($id: ID!, $y: Int!) { tasks(filter: { departmentId: $id, role: ANY, dueBy: $y }, first: 100) { nodes { id } } }`, { id: FINANCE, y: Number(year) });
    expect(shown).toEqual(api.tasks.nodes.map((n: { id: string }) => n.id));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(16);

    // The same URL in a fresh tab shows the same list.
    const again = await tab();
    await again.goto(page.url(), { waitUntil: "load", ...WAIT });
    await again.waitForSelector("tr[data-task-id]", WAIT);
    expect(await again.$$eval("tr[data-task-id]", (rows) => rows.map((r) => r.getAttribute("data-task-id")))).toEqual(shown);
    await again.close();

    const href = (format: string) => page.$eval(`a.download[data-format=${format}]`, (a) => (a as HTMLAnchorElement).href);
    const csv = await fetch(await href("csv"));
    expect(csv.status).toBe(200);
    const [header, ...records] = parseCsv((await csv.text()).replace(/^\uFEFF/, ""));
    expect(records.map((r) => r[header.indexOf("id")])).toEqual(shown);

    const xlsx = await fetch(await href("xlsx"));
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const sheet = wb.getWorksheet("任务与单位")!;
    const idColumn = (sheet.getRow(1).values as unknown[]).indexOf("ID");
    const ids: string[] = [];
    sheet.eachRow((row, n) => void (n > 1 && ids.push(String(row.getCell(idColumn).value))));
    expect(ids).toEqual(shown);
    await page.close();
  });

  it("shows Tibet task 12 with its units as printed, the clause highlighted at line 80, and its lineage to the Qingyuan and Changchun tasks", async () => {
    const api = await gql(`query($id: ID!) { task(id: $id) { source { line text } units { roleText convention } lineage { to { id plan { id } } } } }`, { id: TIBET_12 });
    const page = await tab();
    await visit(page, `#/task/${encodeURIComponent(TIBET_12)}`);
    await page.waitForSelector(".src-line mark.k-clause", WAIT);

    expect(api.task.source.line).toBe(80);
    const clauseLines = await page.$$eval(".src-line.has-clause", (ls) => ls.map((l) => Number(l.getAttribute("data-line"))));
    expect(clauseLines).toEqual([80]);
    expect(await texts(page, '.src-line[data-line="80"] .ln')).toEqual(["80"]);
    const clause = (await texts(page, '.src-line[data-line="80"] mark.k-clause')).join("");
    const printed = api.task.source.text as string;
    expect(clause).toBe(printed.slice(printed.indexOf("〔")));
    expect(clause).toMatch(/^〔牵头单位:区医保局;责任单位:区党委编办、区财政厅、区卫生健康委,各地\(市\)委、行署\(政府\)〕$/);
    // The task's own line is tinted, and the lines around it are there as printed.
    expect(await page.$$eval(".src-line.has-task", (ls) => ls.map((l) => Number(l.getAttribute("data-line"))))).toEqual([80]);
    expect((await texts(page, ".src-line .ln")).length).toBeGreaterThan(3);

    const roleWords = await texts(page, 'table.units td[data-th^="原文角色词"]');
    expect(roleWords).toEqual(api.task.units.map((u: { roleText: string }) => u.roleText));
    expect(roleWords).toEqual(["牵头单位", "责任单位", "责任单位", "责任单位", "责任单位"]);

    const linked = await page.$$eval(".links.peers .link", (ls) => ls.map((l) => l.getAttribute("data-to")!));
    expect(linked).toEqual(api.task.lineage.map((l: { to: { id: string } }) => l.to.id));
    const planOf = (id: string) => api.task.lineage.find((l: { to: { id: string } }) => l.to.id === id).to.plan.id;
    expect(linked.map(planOf)).toEqual(expect.arrayContaining([QINGYUAN, CHANGCHUN]));
    const peers = (await texts(page, ".links.peers .link")).join("\n");
    expect(peers).toContain("完善基金監管體制");
    expect(peers).toContain("健全完善医疗保障基金监管体制机制");
    // The aligned sentences side by side, each with its printed line.
    expect(await page.$$eval(".links.peers .link table.aligned tbody tr", (rs) => rs.length)).toBeGreaterThanOrEqual(2);
    const drawn = (await texts(page, ".lineage-graph svg text")).join(" ");
    expect(drawn).toContain("清远市");
    expect(drawn).toContain("长春市");
    expect(drawn).toContain("西藏自治区");
    await shoot(page, "task.png");
    await (await page.$(".lineage-graph"))!.screenshot({ path: path.join(SHOTS, "task-lineage-graph.png") });
    await page.close();
  });

  it("shows a plan's whole outline as a tree, its indicator table as printed and what it implements", async () => {
    const api = await gql(`query($id: ID!) { plan(id: $id) { tasks(first: 1) { totalCount } indicators { name target table } implements { to { title } } } }`, { id: SICHUAN });
    const page = await tab();
    await visit(page, `#/plan/${encodeURIComponent(SICHUAN)}`);
    expect(await page.$$eval(".tree li[role=treeitem]", (ls) => ls.length)).toBe(api.plan.tasks.totalCount);
    expect(await page.$$eval(".tree > li[role=treeitem]", (ls) => ls.length)).toBeLessThan(api.plan.tasks.totalCount);
    const rows = await page.$$eval("table.indicators tbody tr", (rs) => rs.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows).toHaveLength(api.plan.indicators.length);
    // As printed: the 十四五 target table first, then any 十三五 completion table, each in table order.
    const printed = ["TARGET", "COMPLETION"].flatMap((t) => api.plan.indicators.filter((i: { table: string }) => i.table === t));
    expect(rows.map((r) => r[4])).toEqual(printed.map((i: { target: string | null }) => i.target ?? "—"));
    const upstream = (await texts(page, ".plan-side .plan-links li")).join("\n");
    for (const l of api.plan.implements) expect(upstream).toContain(l.to.title);
    await shoot(page, "plan.png");
    await page.close();
  });

  it("draws one indicator across four regions with baseline, target and attribute", async () => {
    const page = await tab();
    await visit(page, `#/indicator/${encodeURIComponent("基本医疗保险参保率")}`);
    await page.waitForSelector(".indicator-chart svg", WAIT);
    const drawn = (await texts(page, ".indicator-chart svg text")).join(" ");
    for (const region of ["四川省", "清远市", "长春市", "江西省"]) expect(drawn).toContain(region);
    expect(drawn).toContain("约束性");
    expect(await page.$$eval("table.comparison tbody tr", (rs) => rs.map((r) => r.getAttribute("data-region")))).toEqual(["四川省", "清远市", "长春市", "江西省"]);
    expect((await texts(page, "table.comparison td.attr")).every((t) => t.startsWith("约束性"))).toBe(true);
    await shoot(page, "indicator.png");
    await page.close();
  });

  it("fits a phone's width (390 px) and a 1280 px screen without sideways scrolling", async () => {
    for (const [width, name] of [[390, "dossier-phone.png"], [1280, null]] as const) {
      const page = await tab(width, 844);
      await visit(page, `#/department/${encodeURIComponent(FINANCE)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (name) await shoot(page, name);
      await page.close();
    }
  });

  it("shows the API's own message when Neo4j is down, not a blank page", async () => {
    const down = await startTestServer({
      uri: "bolt://127.0.0.1:1",
      env: { QUERY_TIMEOUT_MS: "300", NEO4J_CONNECTION_TIMEOUT_MS: "300" },
      readiness: { check: async () => ({ ready: false }) },
    });
    try {
      const page = await tab(1280, 900, down.url);
      await visit(page, `#/department/${encodeURIComponent(FINANCE)}`, down.url);
      await page.waitForSelector(".state.error", WAIT);
      expect(await texts(page, ".state.error .message")).toEqual([expect.stringMatching(/^The graph database is unavailable: /)]);
      expect(await texts(page, ".state.error .code")).toEqual(["DATABASE_UNAVAILABLE"]);
      await shoot(page, "error.png");
      await page.close();
    } finally {
      await down.close();
    }
  });

  it("asked nothing of any machine but its own server, in every view above", () => {
    expect(requested.length).toBeGreaterThan(20);
    expect(requested.filter((r) => new URL(r.url).origin !== r.origin)).toEqual([]);
  });
});

describe("serving the auditors' page", () => {
  it("serves the built page with a policy that lets it load only from its own origin", async () => {
    const res = await fetch(`${server.url}/audit/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'.*connect-src 'self'/);
    const html = await res.text();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const [, asset] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect((await fetch(`${server.url}/audit/${asset}`)).status).toBe(200);
    const bare = await fetch(`${server.url}/audit`, { redirect: "manual" });
    expect([bare.status, bare.headers.get("location")]).toEqual([301, "/audit/"]);
  });

  it("is off under NODE_ENV=production unless AUDIT_PAGE=true, like the explorer", async () => {
    for (const [env, status] of [
      [{ NODE_ENV: "production" }, 404],
      [{ NODE_ENV: "production", AUDIT_PAGE: "true" }, 200],
      [{ AUDIT_PAGE: "false" }, 404],
    ] as const) {
      const s = await startTestServer({ env });
      try {
        expect([env, (await fetch(`${s.url}/audit/`)).status]).toEqual([env, status]);
      } finally {
        await s.close();
      }
    }
  });
});
