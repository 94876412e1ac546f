import "reflect-metadata";
import * as path from "path";
import { CypherLibrary } from "../../src/cypher";
import { Database, QueryStats, Row } from "../../src/db";
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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sent {
  at: number;
  timeoutMs?: number;
}

let db: Database;
beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, testConfig().neo4j);
});
afterAll(() => db.close());

/**
 * The real server over `db` with its `read` replaced, recording when each read was sent and the timeout it got.
 * The compiler is off: a compiled request is one read, and the deadline is about the reads the loaders send
 * one level after another (each gets the time the request has left).
 */
async function serve(env: Record<string, string>, read: (...args: Parameters<Database["read"]>) => Promise<Row[]>) {
  const config = testConfig({ PORT: "0", COMPILE_QUERIES: "false", ...env });
  const sent: Sent[] = [];
  const started = { at: 0 };
  const wrapped = Object.create(db) as Database;
  wrapped.read = (name: string, query: string, params?: Row, stats?: QueryStats, timeoutMs?: number) => {
    sent.push({ at: performance.now() - started.at, timeoutMs });
    return read(name, query, params, stats, timeoutMs);
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
      started.at = performance.now();
      const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: await res.json(), ms: performance.now() - started.at };
    },
  };
}

describe("the request deadline", () => {
  it("gives each read only the time the request has left, and fails the reads past it with REQUEST_TIMEOUT", async () => {
    // Each level of the outline takes 400 ms: the third level starts with under 400 ms left, the fourth past the deadline.
    let lagMs = 0;
    const api = await serve({ QUERY_TIMEOUT_MS: "800", REQUEST_TIMEOUT_MS: "1000" }, async (...args) => {
      const rows = await db.read(...args);
      await sleep(lagMs);
      return rows;
    });
    try {
      // Warm: a cold server spends a good part of a second on its first request before any read.
      const top = await api.gql(`query($id: ID!) { plan(id: $id) { outline { id } } }`, { id: PLAN });
      const chapter = top.body.data.plan.outline[0].id;
      const warm = await api.gql(LEVELS, { id: chapter });
      expect(warm.body.errors).toBeUndefined();
      expect(warm.body.data.task.children[0].children.length).toBeGreaterThan(0);
      api.sent.length = 0;
      lagMs = 400;
      const { status, body, ms } = await api.gql(LEVELS, { id: chapter });
      expect(status).toBe(200);
      // children is a non-null list: the error nulls the task, as GraphQL says.
      expect(body.data).toEqual({ task: null });
      expect(body.errors.length).toBeGreaterThan(0);
      for (const e of body.errors) {
        expect(e.extensions).toMatchObject({ code: "REQUEST_TIMEOUT", budgetMs: 1000 });
        expect(e.message).toMatch(/ran out of time.*1000 ms.*REQUEST_TIMEOUT_MS/);
      }
      // Answered once the reads sent before the deadline came back, not after another level.
      expect(body.extensions.cost.ms).toBeLessThan(1000 + 400 + 300);
      expect(ms).toBeLessThan(1000 + 400 + 1000);
      // The first read had the whole query timeout; every later one at most what was left
      // (counted from the first read, which the request's clock started before).
      const first = api.sent[0].at;
      expect(api.sent[0].timeoutMs).toBeUndefined();
      for (const s of api.sent) expect(s.timeoutMs ?? 800).toBeLessThanOrEqual(Math.min(800, Math.ceil(1000 - (s.at - first))));
      expect(api.sent.some((s) => s.timeoutMs !== undefined)).toBe(true);
      expect(api.sent.every((s) => s.at - first < 1000)).toBe(true);
      expect(body.extensions.cost.dbRoundTrips).toBe(api.sent.length);
    } finally {
      await api.close();
    }
  });

  it("cuts a read in flight at the deadline instead of letting it run to QUERY_TIMEOUT_MS", async () => {
    let reads = 0;
    const slow = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN toString(x) AS key, {} AS node";
    const api = await serve({ QUERY_TIMEOUT_MS: "10000", REQUEST_TIMEOUT_MS: "1500" }, (name, query, params, stats, timeoutMs) =>
      db.read(name, ++reads === 1 ? query : slow, params, stats, timeoutMs),
    );
    try {
      const { body, ms } = await api.gql(`query($id: ID!) { plan(id: $id) { title outline { title } } }`, { id: PLAN });
      expect(body.data).toEqual({ plan: null });
      expect(body.errors).toEqual([expect.objectContaining({ path: ["plan", "outline"], extensions: expect.objectContaining({ code: "REQUEST_TIMEOUT" }) })]);
      expect(ms).toBeGreaterThan(1400);
      expect(ms).toBeLessThan(3_000);
      expect(api.sent[1].timeoutMs).toBeLessThanOrEqual(1500);
    } finally {
      await api.close();
    }
  });

  it("leaves requests that finish in time untouched", async () => {
    const api = await serve({}, (...args) => db.read(...args));
    try {
      const { body } = await api.gql(`query($id: ID!) { plan(id: $id) { title outline { title children { title children { title } } } } }`, { id: PLAN });
      expect(body.errors).toBeUndefined();
      expect(body.data.plan.outline.length).toBeGreaterThan(0);
      expect(api.sent.every((s) => s.timeoutMs === undefined)).toBe(true);
    } finally {
      await api.close();
    }
  });
});
