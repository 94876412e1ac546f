import * as fs from "fs";
import * as path from "path";
import { Database } from "../../src/db";
import { DatabaseUnavailableError } from "../../src/errors";
import { EXPORTS, ExportName } from "../../src/exports/definitions";
import { startTestApi, startTestServer, TestApi, TestServer } from "../setup/api";
import { parseCsv } from "../setup/rfc4180";
import { expectedSeedTaskLinks } from "../setup/seed-lineage";

type Row = Record<string, unknown>;

const NAMES = Object.keys(EXPORTS) as ExportName[];
const FORMATS = ["ndjson", "csv", "csv-excel"] as const;

/** What each export must hold, counted independently of the export queries. */
const COUNTS: Record<ExportName, string> = {
  tasks: "MATCH (t:Task) RETURN count(t) AS n",
  units: "MATCH (:Department)-[r:LEADS|RESPONSIBLE_FOR|NAMED_AS_ACTING]->(:Task) RETURN count(r) AS n",
  lineage:
    "MATCH (a)-[r:SAME_TASK_AS|IMPLEMENTS|COVERS|ELABORATES]->(b) WHERE (a:Task AND b:Task) OR (a:Plan AND b:Plan AND type(r) = 'IMPLEMENTS') RETURN count(r) AS n",
  indicators: "MATCH (i:Indicator) RETURN count(i) AS n",
  departments: "MATCH (d:Department) RETURN count(d) AS n",
};

/** What makes a row unique (a stable identity for "no duplicates"). */
const IDENTITY: Record<ExportName, (r: Row) => string> = {
  tasks: (r) => String(r.id),
  indicators: (r) => String(r.id),
  departments: (r) => String(r.id),
  units: (r) => [r.taskId, r.relation, r.departmentId, r.sourceStartOffset].join("|"),
  lineage: (r) => [r.fromId, r.relation, r.toId].join("|"),
};

/** The column names docs/exports.md documents under `### <name>`. */
function documentedColumns(name: string): string[] {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/exports.md"), "utf8");
  const section = doc.split(/^### /m).find((s) => s.startsWith(`${name}\n`)) ?? "";
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
}

let api: TestApi;
const whole = new Map<ExportName, Row[]>();

async function count(db: Database, query: string): Promise<number> {
  return (await db.read("test count", query))[0].n as number;
}

async function get(pathAndQuery: string, init?: RequestInit) {
  const res = await fetch(`${api.url}${pathAndQuery}`, init);
  // Decoded by hand: Response.text() would drop the byte-order mark under test.
  const text = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(await res.arrayBuffer());
  return { res, text };
}

function ndjson(text: string): Row[] {
  expect(text === "" || text.endsWith("\n")).toBe(true);
  return text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/** The CSV cell the export promises for an NDJSON value. */
function asCell(v: unknown): string {
  if (v === null) return "";
  return Array.isArray(v) ? JSON.stringify(v) : String(v);
}

beforeAll(async () => {
  // The seeds' expected links take seconds to compute: done before the first request, so that no kept-alive
  // connection sits idle past the server's keep-alive timeout between two tests (the next request then fails).
  expectedSeedTaskLinks();
  api = await startTestApi();
  for (const name of NAMES) {
    const { res, text } = await get(`/export/${name}`);
    expect(res.status).toBe(200);
    whole.set(name, ndjson(text));
  }
});
afterAll(() => api.close());

describe.each(NAMES)("GET /export/%s", (name) => {
  const def = EXPORTS[name];

  it("documents exactly the columns it sends", () => {
    expect(documentedColumns(name)).toEqual(def.columns);
  });

  it("sends one NDJSON row per item of the graph, every column in order, no duplicates", async () => {
    const rows = whole.get(name)!;
    expect(rows.length).toBe(await count(api.db, COUNTS[name]));
    for (const r of rows) expect(Object.keys(r)).toEqual(def.columns);
    expect(new Set(rows.map(IDENTITY[name])).size).toBe(rows.length);
  });

  it.each(FORMATS)("as %s: the right content type, BOM only for the spreadsheet variant, rows equal to NDJSON", async (format) => {
    const { res, text } = await get(`/export/${name}?format=${format}`);
    expect(res.status).toBe(200);
    const reference = whole.get(name)!;
    if (format === "ndjson") {
      expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
      expect(text.startsWith("\uFEFF")).toBe(false);
      expect(ndjson(text)).toEqual(reference);
      return;
    }
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(text.startsWith("\uFEFF")).toBe(format === "csv-excel");
    const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ""));
    expect(header).toEqual(def.columns);
    expect(records).toEqual(reference.map((r) => def.columns.map((c) => asCell(r[c]))));
  });

  it("adds a byte-order mark to plain CSV with bom=1", async () => {
    const { res, text } = await get(`/export/${name}?format=csv&bom=1`);
    expect(res.status).toBe(200);
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it.each(["ndjson", "csv"])("pages through %s with first/after to the end, no duplicates, the same rows as whole", async (format) => {
    const rows: Row[] = [];
    let next: string | null = `/export/${name}?format=${format}&first=7`;
    let pages = 0;
    while (next) {
      const { res, text } = await get(next);
      expect(res.status).toBe(200);
      pages++;
      const page =
        format === "ndjson"
          ? ndjson(text)
          : parseCsv(text)
              .slice(1)
              .map((cells) => Object.fromEntries(def.columns.map((c, i) => [c, cells[i]])));
      expect(page.length).toBeLessThanOrEqual(7);
      rows.push(...page);
      const cursor = res.headers.get("x-next-cursor");
      const link = res.headers.get("link");
      if (cursor) {
        expect(page.length).toBe(7);
        expect(link).toBe(`</export/${name}?format=${format}&first=7&after=${cursor}>; rel="next"`);
      } else expect(link).toBeNull();
      next = cursor ? link!.slice(1, link!.indexOf(">")) : null;
      expect(pages).toBeLessThan(1000);
    }
    const reference = whole.get(name)!;
    expect(pages).toBe(Math.max(1, Math.ceil(reference.length / 7)));
    const expected = format === "ndjson" ? reference : reference.map((r) => Object.fromEntries(def.columns.map((c) => [c, asCell(r[c])])));
    expect(rows).toEqual(expected);
  });
});

describe("export rows against the graph", () => {
  it("gives a Tibet task its lead and responsible units with the names as printed and the line", async () => {
    const units = whole.get("units")!.filter((u) => u.taskId === "Task:001_aa40d479269d3f1a:2/1/3");
    const [row] = await api.db.read(
      "test",
      `MATCH (d:Department)-[r:LEADS|RESPONSIBLE_FOR]->(:Task {id: 'Task:001_aa40d479269d3f1a:2/1/3'})
       RETURN collect([type(r), d.id, r.printed, r.sourceLine]) AS ties`,
    );
    expect(units.map((u) => [u.relation, u.departmentId, u.printedName, u.sourceLine]).sort()).toEqual((row.ties as unknown[][]).sort());
    expect(units[0]).toMatchObject({ relation: "LEADS", departmentName: "西藏自治区医疗保障局", printedName: "区医保局", planId: "Plan:001_aa40d479269d3f1a" });
  });

  it("counts each department's led, shared and acting tasks as Cypher does", async () => {
    const rows = await api.db.read(
      "test",
      `MATCH (d:Department)
       RETURN d.id AS id, COUNT { (d)-[:LEADS]->(:Task) } AS leads, COUNT { (d)-[:RESPONSIBLE_FOR]->(:Task) } AS responsible,
              COUNT { (d)-[:NAMED_AS_ACTING]->(:Task) } AS acting`,
    );
    const byId = new Map(whole.get("departments")!.map((d) => [d.id, d]));
    for (const r of rows) {
      expect(byId.get(r.id)).toMatchObject({ leadsTotalCount: r.leads, responsibleForTotalCount: r.responsible, namedAsActingTotalCount: r.acting });
    }
  });

  it("uses the GraphQL enum values and ids, so rows join with API results", async () => {
    const body = await api.gql(`{ indicators(first: 3) { nodes { id table attribute plan { id } } } tasks(first: 3) { nodes { id kind plan { id } parent { id } } } }`);
    const indicators = whole.get("indicators")!.slice(0, 3);
    expect(body.data.indicators.nodes).toEqual(indicators.map((i) => ({ id: i.id, table: i.table, attribute: i.attribute, plan: { id: i.planId } })));
    const tasks = whole.get("tasks")!.slice(0, 3);
    expect(body.data.tasks.nodes).toEqual(tasks.map((t) => ({ id: t.id, kind: t.kind, plan: { id: t.planId }, parent: t.parentId ? { id: t.parentId } : null })));
  });

  it("gives every lineage link both ends, their plans, a score, the method and its evidence", async () => {
    // The count check above ties the rows to the graph; here the task rows to the links the
    // scorer computes from the parsed seeds (no seed cites another, so none is IMPLEMENTS): SAME_TASK_AS, COVERS from
    // the container, ELABORATES from the box.
    const rows = whole.get("lineage")!;
    const taskRows = rows.filter((l) => l.level === "TASK");
    const key = (relation: unknown, a: unknown, b: unknown) => (relation === "SAME_TASK_AS" ? `${relation} ${[a, b].sort().join(" ")}` : `${relation} ${a} ${b}`);
    expect(taskRows.map((l) => key(l.relation, l.fromId, l.toId)).sort()).toEqual(expectedSeedTaskLinks().map((l) => key(l.relation, l.a, l.b)).sort());
    // Plan rows: every loaded seed plan implements at least 中发〔2020〕5号 (lineage-api.test.ts).
    expect(new Set(rows.filter((l) => l.level === "PLAN").map((l) => l.fromId)).size).toBe(5);
    for (const l of rows) {
      expect(l.level === "TASK" ? ["SAME_TASK_AS", "IMPLEMENTS", "COVERS", "ELABORATES"] : ["IMPLEMENTS"]).toContain(l.relation);
      const id = l.level === "TASK" ? /^Task:/ : /^Plan:/;
      expect([l.fromId, l.toId]).toEqual([expect.stringMatching(id), expect.stringMatching(id)]);
      expect(l.fromPlanId).toBe(l.level === "TASK" ? String(l.fromId).replace(/^Task:([^:]+):.*$/, "Plan:$1") : l.fromId);
      expect(typeof l.score).toBe("number");
      expect((l.evidence as string[]).length).toBeGreaterThan(0);
    }
  });

  it("gives task links the values of GraphQL's lineageLinks, evidence text included", async () => {
    const body = await api.gql(`{ lineageLinks(first: 20) { nodes {
      from { id plan { id } } to { id plan { id } } relation direction score method sharedPhrases
      alignedSentences { fromSentence toSentence similarity fromText fromLine fromEndLine toText toLine toEndLine } similarity { title body phrase context } evidence } } }`);
    expect(body.errors).toBeUndefined();
    const exported = whole.get("lineage")!.filter((l) => l.level === "TASK").slice(0, 20);
    expect(exported).toEqual(
      body.data.lineageLinks.nodes.map((n: any) => ({
        relation: n.relation,
        direction: n.direction,
        level: "TASK",
        fromId: n.from.id,
        fromPlanId: n.from.plan.id,
        toId: n.to.id,
        toPlanId: n.to.plan.id,
        score: n.score,
        method: n.method,
        sharedPhrases: n.sharedPhrases,
        alignedSentences: n.alignedSentences,
        similarityTitle: n.similarity.title,
        similarityBody: n.similarity.body,
        similarityPhrase: n.similarity.phrase,
        similarityContext: n.similarity.context,
        evidence: n.evidence,
      })),
    );
  });

  it("gives plan links the values of GraphQL's Plan.implements", async () => {
    const body = await api.gql(`{ plans(loaded: true) { id implements { to { id } score method evidence } } }`);
    expect(body.errors).toBeUndefined();
    const fromApi = body.data.plans.flatMap((p: any) => p.implements.map((l: any) => ({ fromId: p.id, toId: l.to.id, score: l.score, method: l.method, evidence: l.evidence })));
    const exported = whole
      .get("lineage")!
      .filter((l) => l.level === "PLAN")
      .map((l) => ({ fromId: l.fromId, toId: l.toId, score: l.score, method: l.method, evidence: l.evidence }));
    const byKey = (x: { fromId: unknown; toId: unknown }) => `${x.fromId}|${x.toId}`;
    expect([...exported].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual([...fromApi].sort((a: any, b: any) => byKey(a).localeCompare(byKey(b))));
  });
});

describe("export parameters", () => {
  it.each([
    ["format=xml", "format", /format="xml" is not an export format: use ndjson, csv, csv-excel/],
    ["first=abc", "first", /first="abc" must be an integer from 1 to 500/],
    ["first=0", "first", /first="0"/],
    ["first=-3", "first", /first="-3"/],
    ["first=501", "first", /first="501" must be an integer from 1 to 500/],
    ["first=2.5", "first", /first="2.5"/],
    ["after=not-a-cursor", "after", /after="not-a-cursor" is not a cursor of the tasks export/],
    ["after=%25%25", "after", /after="%%"/],
    ["bom=yes&format=csv", "bom", /bom="yes" must be 1 or 0/],
    ["bom=1", "bom", /bom=1 applies to CSV only/],
    ["format=csv&format=ndjson", "format", /format is given more than once/],
    ["fromat=csv", "fromat", /unknown parameter "fromat": expected format, bom, first, after/],
  ])("refuses ?%s with 400 naming the value", async (query, argument, message) => {
    const { res, text } = await get(`/export/tasks?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = JSON.parse(text);
    expect(body).toEqual({ error: expect.stringMatching(message), code: "BAD_USER_INPUT", argument });
  });

  it("refuses a cursor of another export", async () => {
    const first = await get("/export/units?first=2");
    const cursor = first.res.headers.get("x-next-cursor")!;
    const { res, text } = await get(`/export/tasks?after=${cursor}`);
    expect(res.status).toBe(400);
    expect(JSON.parse(text).error).toMatch(/is not a cursor of the tasks export/);
  });

  it("answers an unknown export with 404 naming the exports", async () => {
    const { res, text } = await get("/export/plans");
    expect(res.status).toBe(404);
    expect(JSON.parse(text)).toEqual({ error: expect.stringMatching(/no export named "plans": exports are tasks, units, lineage, indicators, departments/), code: "NOT_FOUND" });
  });

  it("accepts first up to MAX_PAGE_SIZE", async () => {
    const { res } = await get(`/export/tasks?first=${api.config.graphql.maxFirst}`);
    expect(res.status).toBe(200);
  });

  it("continues a whole export after a cursor", async () => {
    const page = await get("/export/tasks?first=10");
    const rest = await get(`/export/tasks?after=${page.res.headers.get("x-next-cursor")}`);
    expect([...ndjson(page.text), ...ndjson(rest.text)]).toEqual(whole.get("tasks"));
  });
});

describe("streaming", () => {
  let small: TestApi;
  let reads: { name: string; limit: number }[];
  beforeAll(async () => {
    small = await startTestApi({ MAX_PAGE_SIZE: "5" });
    const read = small.db.read.bind(small.db);
    reads = [];
    jest.spyOn(small.db, "read").mockImplementation((name, query, params, stats) => {
      reads.push({ name, limit: params?.limit as number });
      return read(name, query, params, stats);
    });
  });
  afterAll(() => small.close());

  it("reads a whole export in keyset batches of MAX_PAGE_SIZE, one read transaction each", async () => {
    reads.length = 0;
    const res = await fetch(`${small.url}/export/tasks`);
    const rows = ndjson(await res.text());
    expect(rows).toEqual(whole.get("tasks"));
    // One row more than a batch is asked for, to know whether another follows.
    const batches = Math.max(1, Math.ceil(rows.length / 5));
    expect(reads).toEqual(Array.from({ length: batches }, () => ({ name: "export/tasks", limit: 6 })));
  });

  it("stops reading when the client disconnects", async () => {
    reads.length = 0;
    const controller = new AbortController();
    const res = await fetch(`${small.url}/export/tasks?format=csv`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await new Promise((r) => setTimeout(r, 300));
    const after = reads.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(reads.length).toBe(after);
    expect(after).toBeLessThan(Math.ceil(whole.get("tasks")!.length / 5));
  });

  it("cuts the connection when the database fails mid-stream, so the body never looks complete", async () => {
    const spy = small.db.read as jest.Mock;
    const real = spy.getMockImplementation()!;
    let calls = 0;
    spy.mockImplementation((...args: Parameters<Database["read"]>) => (++calls === 3 ? Promise.reject(new DatabaseUnavailableError("cannot reach Neo4j")) : real(...args)));
    try {
      const res = await fetch(`${small.url}/export/tasks`);
      expect(res.status).toBe(200);
      await expect(res.text()).rejects.toThrow();
    } finally {
      spy.mockImplementation(real);
    }
  });
});

describe("when Neo4j is down", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      uri: "bolt://127.0.0.1:1",
      env: { QUERY_TIMEOUT_MS: "300", NEO4J_CONNECTION_TIMEOUT_MS: "300" },
      readiness: { check: async () => ({ ready: false }) },
    });
  });
  afterAll(() => server.close());

  it.each(["/export/tasks?format=csv", "/export/units?first=5", "/export/audit.xlsx"])("answers %s with 503 DATABASE_UNAVAILABLE", async (url) => {
    const res = await fetch(`${server.url}${url}`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/graph database is unavailable/), code: "DATABASE_UNAVAILABLE" });
  });
});
