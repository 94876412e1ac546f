import "reflect-metadata";
import * as path from "path";
import { CypherLibrary } from "../../src/cypher";
import { Database, QueryStats, Row } from "../../src/db";
import type { DatabaseUnavailableError } from "../../src/errors";
import { createLogger } from "../../src/log";
import { buildGraphQLSchema } from "../../src/schema";
import { ApiServer, neo4jReadiness, startApiServer } from "../../src/server";
import { testConfig } from "../setup/test-config";

/**
 * The whole-request deadline (REQUEST_TIMEOUT_MS), over the shared test Neo4j. To make
 * a request need time without freezing anything, the server runs on a database
 * boundary that changes one thing per test: every answer comes back late, or every
 * read after the first runs a statement that would take seconds.
 */
const PLAN = "Plan:000_1cc9d6698810e7a5";
// Four levels read one after another: the task, then its children, theirs, and theirs
// (Task.children of a task reached by id goes level by level; Plan.outline would fetch the tree at once).
const LEVELS = `query($id: ID!) { task(id: $id) { title children { title children { title children { title } } } } }`;

interface Sent {
  timeoutMs?: number;
  /** How the read ended: rows, or the error it failed with. */
  outcome?: { rows: number } | { error: string; timedOut: boolean };
}

let db: Database;
beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, testConfig().neo4j);
});
afterAll(() => db.close());
afterEach(() => jest.useRealTimers());

/**
 * The real server over `db` with its `read` replaced, recording each read sent, the timeout it got and how it ended.
 * The compiler is off: a compiled request is one read, and the deadline is about the reads the loaders send
 * one level after another (each gets the time the request has left).
 */
async function serve(env: Record<string, string>, read: (...args: Parameters<Database["read"]>) => Promise<Row[]>) {
  const config = testConfig({ PORT: "0", COMPILE_QUERIES: "false", ...env });
  const sent: Sent[] = [];
  const wrapped = Object.create(db) as Database;
  wrapped.read = async (name: string, query: string, params?: Row, stats?: QueryStats, timeoutMs?: number) => {
    const s: Sent = { timeoutMs };
    sent.push(s);
    try {
      const rows = await read(name, query, params, stats, timeoutMs);
      s.outcome = { rows: rows.length };
      return rows;
    } catch (e) {
      s.outcome = { error: (e as Error).constructor.name, timedOut: (e as DatabaseUnavailableError).timedOut === true };
      throw e;
    }
  };
  const server: ApiServer = await startApiServer({
    config,
    db: wrapped,
    cypher: CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries")),
    schema: buildGraphQLSchema(),
    log: createLogger("error"),
    readiness: neo4jReadiness(db),
  });
  return {
    sent,
    close: () => server.close(),
    async gql(query: string, variables: Record<string, unknown>) {
      const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: await res.json() };
    },
  };
}

describe("the request deadline", () => {
  it("gives each read only the time the request has left, and fails the reads past it with REQUEST_TIMEOUT", async () => {
    // The request's clock (performance.now) is faked and each read takes exactly 400 ms of it;
    // timers stay real, so the server and the driver run as usual. With REQUEST_TIMEOUT_MS 1000
    // and QUERY_TIMEOUT_MS 800: the first read has the whole query timeout, the second the 600 ms
    // left, the third 200 ms, and the fourth level starts past the deadline and is never sent.
    jest.useFakeTimers({
      doNotFake: ["Date", "hrtime", "nextTick", "queueMicrotask", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"],
    });
    let lagMs = 0;
    const api = await serve({ QUERY_TIMEOUT_MS: "800", REQUEST_TIMEOUT_MS: "1000" }, async (...args) => {
      const rows = await db.read(...args);
      jest.advanceTimersByTime(lagMs);
      return rows;
    });
    try {
      const top = await api.gql(`query($id: ID!) { plan(id: $id) { outline { id } } }`, { id: PLAN });
      const chapter = top.body.data.plan.outline[0].id;
      const whole = await api.gql(LEVELS, { id: chapter });
      expect(whole.body.errors).toBeUndefined();
      expect(whole.body.data.task.children[0].children.length).toBeGreaterThan(0);
      api.sent.length = 0;
      lagMs = 400;
      const { status, body } = await api.gql(LEVELS, { id: chapter });
      expect(status).toBe(200);
      // children is a non-null list: the error nulls the task, as GraphQL says.
      expect(body.data).toEqual({ task: null });
      expect(body.errors).toEqual([
        expect.objectContaining({
          path: ["task", "children", 0, "children", 0, "children"],
          message: expect.stringMatching(/ran out of time.*1000 ms.*REQUEST_TIMEOUT_MS/),
          extensions: expect.objectContaining({ code: "REQUEST_TIMEOUT", budgetMs: 1000 }),
        }),
      ]);
      // Three levels read (the chapter, its sections, their tasks: one row each, as the unhurried
      // request read them), each with the time left; the fourth refused before it reached the database.
      const sections = whole.body.data.task.children;
      expect(api.sent).toEqual([
        { timeoutMs: undefined, outcome: { rows: 1 } },
        { timeoutMs: 600, outcome: { rows: sections.length } },
        { timeoutMs: 200, outcome: { rows: sections.flatMap((c: any) => c.children).length } },
      ]);
      expect(body.extensions.cost.dbRoundTrips).toBe(3);
    } finally {
      await api.close();
    }
  });

  it("cuts a read in flight at the deadline instead of letting it run to QUERY_TIMEOUT_MS", async () => {
    let reads = 0;
    let slowAfterFirst = true;
    const slow = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN toString(x) AS key, {} AS node";
    const api = await serve({ QUERY_TIMEOUT_MS: "10000", REQUEST_TIMEOUT_MS: "1500" }, (name, query, params, stats, timeoutMs) =>
      db.read(name, slowAfterFirst && ++reads > 1 ? slow : query, params, stats, timeoutMs),
    );
    try {
      const { body } = await api.gql(`query($id: ID!) { plan(id: $id) { title outline { title } } }`, { id: PLAN });
      expect(body.data).toEqual({ plan: null });
      expect(body.errors).toEqual([expect.objectContaining({ path: ["plan", "outline"], extensions: expect.objectContaining({ code: "REQUEST_TIMEOUT" }) })]);
      // The slow read was sent with what was left of the 1500 ms, not the 10 s query timeout, and
      // it is that read which ran out of time (REQUEST_TIMEOUT is reported for a read only when it
      // was cut by the request's budget): the answer did not wait for QUERY_TIMEOUT_MS.
      expect(api.sent).toHaveLength(2);
      expect(api.sent[0].outcome).toEqual({ rows: 1 });
      expect(api.sent[1].timeoutMs).toBeLessThanOrEqual(1500);
      expect(api.sent[1].outcome).toEqual({ error: "DatabaseUnavailableError", timedOut: true });
      // The database and the server answer normally right after.
      slowAfterFirst = false;
      const after = await api.gql(`query($id: ID!) { plan(id: $id) { title } }`, { id: PLAN });
      expect(after.body).toMatchObject({ data: { plan: { title: "四川省“十四五”全民医疗保障规划" } } });
    } finally {
      await api.close();
    }
  });

  it("leaves requests that finish in time untouched", async () => {
    const api = await serve({}, (...args) => db.read(...args));
    try {
      const { body } = await api.gql(`query($id: ID!) { plan(id: $id) { title outline { title children { title children { title } } } } }`, { id: PLAN });
      expect(body.errors).toBeUndefined();
      // Sichuan's outline opens with its chapters 三 to 五 (examples.test.ts), each with sections.
      expect(body.data.plan.outline.map((c: any) => c.title)).toHaveLength(3);
      expect(api.sent.every((s) => s.timeoutMs === undefined && "rows" in s.outcome!)).toBe(true);
    } finally {
      await api.close();
    }
  });
});
