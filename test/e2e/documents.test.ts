import * as iconv from "iconv-lite";
import { titleKey } from "../../src/common/text-keys";
import { loadDocument } from "../../src/ingest/load";
import { readDocument } from "../../src/ingest/pipeline";
import { renderHtml, renderPdf } from "../formats/render";
import { seedText } from "../formats/seeds";
import { removePlan } from "../reliability/support/graph";
import { startTestApi, TestApi } from "../setup/api";

/**
 * One plan published three ways — a PDF, a web page, a GB18030 text file — loaded
 * one after the other under three file names: it stays one plan (recognized by its
 * title and 文号), each load replacing the last, and an auditor can fetch both the
 * file as published and the text every source line points into.
 *
 * Tibet's text under another title, so the seed plan stays as the other suites expect it.
 */
const TITLE = "西藏自治区 关于进一步深化医疗保障制度改革的实施意见";
const text = seedText("001_aa40d479269d3f1a.txt").replace("西藏自治区 关于深化医疗保障制度改革的实施意见", TITLE);
const PLAN = "Plan:formats-tibet-print";

let api: TestApi;
let pdf: Uint8Array;
beforeAll(async () => {
  api = await startTestApi();
  pdf = await renderPdf(text, { header: "医疗保障规划排版样张" });
}, 120_000);
afterAll(async () => {
  await removePlan(api.db, PLAN);
  await api.close();
});

const load = async (file: string, bytes: Uint8Array) => {
  const doc = await readDocument(file, bytes);
  return { doc, result: await loadDocument(api.db, doc, { projectRoot: api.config.projectRoot, original: bytes }) };
};
const get = (path: string) => fetch(`${api.url}${path}`);
const plansTitled = () => api.db.read("test", "MATCH (p:Plan {loaded: true, titleKey: $key}) RETURN p.id AS id, p.file AS file", { key: titleKey(TITLE) });

describe("one plan as a PDF, a web page and GB18030 text", () => {
  let tasks: number;

  it("from its PDF: every task knows its page, and the pages follow the lines", async () => {
    const { doc, result } = await load("test/formats-tibet-print.pdf", pdf);
    expect(result).toMatchObject({ planId: PLAN, outcome: "created" });
    expect([doc.format, doc.encoding]).toEqual(["pdf", "pdf text layer"]);
    tasks = result.counts.tasks;
    const rows = await api.db.read("test", "MATCH (t:Task {planId: $p}) RETURN t.sourceLine AS line, t.sourcePage AS page ORDER BY t.sourceLine", { p: PLAN });
    expect(rows).toHaveLength(tasks);
    const pages = rows.map((r) => r.page as number);
    expect(pages.every((p) => Number.isInteger(p) && p >= 1)).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(pages[pages.length - 1]).toBeGreaterThan(pages[0]);
  }, 120_000);

  it("the same PDF again changes nothing", async () => {
    expect((await load("test/formats-tibet-print.pdf", pdf)).result.outcome).toBe("unchanged");
  }, 60_000);

  it("GraphQL names the document and each task's page, compiled as served and through the loaders alike", async () => {
    const query = `query($id: ID!) { plan(id: $id) {
      document { file format encoding lineCount removed { rule count sample } hasOriginal textUrl originalUrl contentHash }
      tasks(first: 500) { nodes { number source { line page } } } } }`;
    const served = await api.gql(query, { id: PLAN });
    expect(served.errors).toBeUndefined();
    expect(served.extensions.cost.dbRoundTrips).toBe(1);
    const document = served.data.plan.document;
    expect(document).toMatchObject({
      file: "test/formats-tibet-print.pdf", format: "pdf", encoding: "pdf text layer", hasOriginal: true,
      textUrl: `/documents/${encodeURIComponent(PLAN)}/text`, originalUrl: `/documents/${encodeURIComponent(PLAN)}/original`,
    });
    // The running header the PDF repeats on every page is what extraction left out, and says so.
    expect(document.removed).toContainEqual({ rule: expect.stringMatching(/header/), count: expect.any(Number), sample: expect.stringContaining("医疗保障规划排版样张") });
    expect(document.removed.find((r: any) => /header/.test(r.rule)).count).toBeGreaterThan(1);
    const [stored] = await api.db.read("test", "MATCH (d:SourceDocument {planId: $p}) RETURN d.lineCount AS lines, d.contentHash AS hash", { p: PLAN });
    expect([document.lineCount, document.contentHash]).toEqual([stored.lines, stored.hash]);
    const rows = await api.db.read("test", "MATCH (t:Task {planId: $p}) RETURN t.number AS number, t.sourceLine AS line, t.sourcePage AS page ORDER BY t.sortKey", { p: PLAN });
    expect(served.data.plan.tasks.nodes.map((t: any) => ({ number: t.number, ...t.source }))).toEqual(rows);

    const loaders = await startTestApi({ COMPILE_QUERIES: "false" });
    try {
      const fallback = await loaders.gql(query, { id: PLAN });
      expect(fallback.extensions.cost.dbRoundTrips).toBeGreaterThan(1);
      expect(fallback.data).toEqual(served.data);
    } finally {
      await loaders.close();
    }
  }, 60_000);

  it("serves the PDF as published and the text its lines point into", async () => {
    const original = await get(`/documents/${encodeURIComponent(PLAN)}/original`);
    expect(original.status).toBe(200);
    expect(original.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await original.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    const extracted = await get(`/documents/formats-tibet-print/text`);
    expect(extracted.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const lines = (await extracted.text()).split("\n");
    const [t12] = await api.db.read("test", "MATCH (t:Task {planId: $p, number: '12'}) RETURN t.sourceLine AS line, t.title AS title", { p: PLAN });
    expect(lines[(t12.line as number) - 1]).toContain(t12.title as string);
  }, 60_000);

  it("from its web page under another name: the same plan, replaced, not duplicated", async () => {
    const html = renderHtml(text);
    const { result } = await load("test/formats-tibet-page.html", html);
    expect(result).toMatchObject({ planId: PLAN, outcome: "replaced", replacedFile: "test/formats-tibet-print.pdf" });
    expect(result.counts.tasks).toBe(tasks);
    expect(await plansTitled()).toEqual([{ id: PLAN, file: "test/formats-tibet-page.html" }]);
    const [pages] = await api.db.read("test", "MATCH (t:Task {planId: $p}) RETURN count(t.sourcePage) AS paged, count(t) AS all", { p: PLAN });
    expect(pages).toEqual({ paged: 0, all: tasks });
    // A government page's scripts never run on our origin.
    const original = await get(`/documents/${encodeURIComponent(PLAN)}/original`);
    expect(original.headers.get("content-security-policy")).toBe("sandbox");
    expect(original.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''formats-tibet-page\.html$/);
    expect(Buffer.from(await original.arrayBuffer()).equals(Buffer.from(html))).toBe(true);
  }, 60_000);

  it("from GB18030 text: replaced again; the original keeps its encoding, the text is UTF-8 and the same as the seed's", async () => {
    const gbk = iconv.encode(text, "gb18030");
    const { result } = await load("test/formats-tibet-gbk.txt", gbk);
    expect(result).toMatchObject({ planId: PLAN, outcome: "replaced", replacedFile: "test/formats-tibet-page.html" });
    expect(await plansTitled()).toEqual([{ id: PLAN, file: "test/formats-tibet-gbk.txt" }]);
    const original = await get(`/documents/${encodeURIComponent(PLAN)}/original`);
    expect(original.headers.get("content-type")).toBe("text/plain; charset=gb18030");
    expect(Buffer.from(await original.arrayBuffer()).equals(gbk)).toBe(true);
    expect(await (await get(`/documents/${encodeURIComponent(PLAN)}/text`)).text()).toBe(text);
    const { data } = await api.gql(`query($id: ID!) { plan(id: $id) { document { format encoding removed { rule } } tasks(first: 1) { nodes { source { page } } } } }`, { id: PLAN });
    expect(data.plan).toEqual({ document: { format: "text", encoding: "gb18030", removed: [] }, tasks: { nodes: [{ source: { page: null } }] } });
  }, 60_000);

  it("says what to do for a plan that is not loaded", async () => {
    const res = await get("/documents/Plan:no-such-plan/text");
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatch(/^no document is loaded for Plan:no-such-plan: plan ids are listed by the plans query/);
  });
});
