import * as fs from "fs";
import * as path from "path";
import { Database } from "../../src/db";
import { startApi, ReliabilityApi } from "./support/api";
import { spawnTs } from "./support/child";
import { snapshot } from "./support/graph";
import { MIX, runLoad } from "./support/load";
import { loadSeeds, OwnNeo4j, startOwnNeo4j } from "./support/own-neo4j";

/**
 * Faults, on a Neo4j of this file's own (store .neo4j/test-faults, Bolt port 7784)
 * so that stopping, freezing and killing never disturb the shared test database.
 * The API runs with QUERY_TIMEOUT_MS=3000: that is the bound every failure must meet.
 */
const TIMEOUT_MS = 3_000;
const TIBET = "seeds/001_aa40d479269d3f1a.txt";
const SICHUAN = "seeds/000_1cc9d6698810e7a5.txt";

let neo: OwnNeo4j;
let db: Database;
let api: ReliabilityApi;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => void unhandled.push(e);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  neo = await startOwnNeo4j(".neo4j/test-faults", 7784);
  db = Database.connect(neo.uri, neo.config.neo4j);
  await loadSeeds(db, neo.config, [SICHUAN, TIBET]);
  api = await startApi({ uri: neo.uri, env: { QUERY_TIMEOUT_MS: String(TIMEOUT_MS) } });
}, 240_000);

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await api?.close();
  await db?.close();
  await neo?.stop();
}, 90_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const status = async (route: string) => {
  const started = performance.now();
  const res = await fetch(`${api.url}${route}`);
  return { status: res.status, body: await res.json(), ms: performance.now() - started };
};

async function waitUntilReady(timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await status("/ready")).status === 200) return Date.now();
    await sleep(250);
  }
  throw new Error(`/ready did not turn 200 within ${timeoutMs} ms`);
}

describe("when Neo4j stops in the middle of load", () => {
  it(
    "fails fast with DATABASE_UNAVAILABLE, reports not-ready, stays up, and recovers by itself when Neo4j is back",
    async () => {
      const results: { started: number; ended: number; ms: number; code?: string; message?: string; op: string }[] = [];
      let done = false;
      const load = runLoad({ url: api.url, clients: 16, durationMs: 180_000, ops: MIX, stop: () => done, onResult: (r) => results.push(r) });

      await sleep(3_000);
      const stopping = Date.now();
      await neo.stop();
      const stopped = Date.now();
      await sleep(3_000);
      const down = [await status("/ready"), await status("/health")];
      const restarting = Date.now();
      await neo.start();
      const readyAt = await waitUntilReady(30_000);
      await sleep(3_000);
      done = true;
      const report = await load;

      const before = results.filter((r) => r.ended < stopping);
      const during = results.filter((r) => r.started > stopped && r.ended < restarting);
      const after = results.filter((r) => r.started > readyAt);
      const failures = results.filter((r) => r.code);
      console.log(
        `outage: ${JSON.stringify({ total: report.requests, before: before.length, during: during.length, after: after.length, errors: report.errors, slowestFailureMs: Math.round(Math.max(...failures.map((r) => r.ms))), stopMs: stopped - stopping, backToReadyMs: readyAt - restarting })}`,
      );

      console.log("DIAG slow", JSON.stringify(failures.sort((a, b) => b.ms - a.ms).slice(0, 6).map((f) => ({ ...f, rel: f.started - stopping, relEnd: f.ended - stopping, stopped: stopped - stopping }))));
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((r) => !r.code)).toBe(true);
      // While it is down: every request fails, with the one documented code, within the timeout.
      expect(during.length).toBeGreaterThan(0);
      expect(during.every((r) => r.code === "DATABASE_UNAVAILABLE")).toBe(true);
      expect(Object.keys(report.errors)).toEqual(["DATABASE_UNAVAILABLE"]);
      for (const f of failures) expect(f.ms).toBeLessThan(TIMEOUT_MS + 1_500);
      expect(down[0]).toMatchObject({ status: 503, body: { status: "not-ready", reason: expect.stringMatching(/unavailable/i) } });
      expect(down[0].ms).toBeLessThan(TIMEOUT_MS + 500);
      expect(down[1].status).toBe(200);
      // Back without a restart of the API: the same process and driver answer again.
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((r) => !r.code)).toBe(true);
      expect(api.db.openSessions).toBe(0);
      expect(unhandled).toEqual([]);
    },
    150_000,
  );
});

describe("when Neo4j freezes (SIGSTOP) under load", () => {
  it(
    "answers DATABASE_UNAVAILABLE once the query timeout is up instead of hanging, and recovers on SIGCONT",
    async () => {
      const results: { started: number; ended: number; ms: number; code?: string; message?: string; op: string }[] = [];
      let done = false;
      const load = runLoad({ url: api.url, clients: 8, durationMs: 120_000, ops: MIX, stop: () => done, onResult: (r) => results.push(r) });
      await sleep(2_000);
      process.kill(neo.local.pid, "SIGSTOP");
      const frozen = Date.now();
      let ready: Awaited<ReturnType<typeof status>>;
      try {
        ready = await status("/ready");
        await sleep(TIMEOUT_MS + 2_000);
      } finally {
        process.kill(neo.local.pid, "SIGCONT");
      }
      const thawed = Date.now();
      const readyAt = await waitUntilReady(30_000);
      await sleep(2_000);
      done = true;
      const report = await load;

      const during = results.filter((r) => r.started > frozen && r.ended < thawed);
      const after = results.filter((r) => r.started > readyAt);
      console.log(`freeze: ${JSON.stringify({ total: report.requests, during: during.length, after: after.length, errors: report.errors })}`);
      console.log("DIAG freeze after", JSON.stringify(after.filter((r) => r.code).slice(0, 6).map((f) => ({ ...f, rel: f.started - frozen, thawed: thawed - frozen, readyAt: readyAt - frozen }))));
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(TIMEOUT_MS + 1_000);
      expect(during.length).toBeGreaterThan(0);
      expect(during.every((r) => r.code === "DATABASE_UNAVAILABLE")).toBe(true);
      for (const r of results) expect(r.ms).toBeLessThan(2 * TIMEOUT_MS + 1_500);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((r) => !r.code)).toBe(true);
      expect(unhandled).toEqual([]);
    },
    120_000,
  );
});

describe("when the ingest process is killed in the middle of its transaction", () => {
  const original = fs.readFileSync(path.join(neo?.config.projectRoot ?? path.resolve(__dirname, "../.."), TIBET));
  // A new version under the same file name, so it replaces the loaded plan.
  const dir = path.resolve(__dirname, "../../.neo4j/test-faults/documents");
  const changed = path.join(dir, path.basename(TIBET));
  const env = () => ({ NEO4J_URI: neo.uri, LOG_LEVEL: "warn" });

  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(changed, original.toString("utf8").replace(/完善基本医疗保险制度。/, "完善基本医疗保险制度(修订)。").replace(/区财政厅/g, "区财政厅、区审计厅"));
  });

  const status = async (file: string) => {
    const child = spawnTs("scripts/ingest.ts", ["--status", file], env());
    const code = await child.exited;
    const { stdout, stderr } = child.output();
    return { code, state: JSON.parse(stdout.trim().split("\n").pop()!), said: stderr };
  };

  it.each(["merge-plan", "create-unit-edges", "remove-orphan-citations"])(
    "before %s commits: the graph stays the previous complete version, and --status says so",
    async (stage) => {
      const before = await snapshot(db);
      const child = spawnTs("scripts/ingest.ts", [changed], env());
      await child.waitFor(new RegExp(`\\[ingest\\]\\s+${stage}\\n`), 60_000);
      child.process.kill("SIGKILL");
      expect(await child.exited).toBe("SIGKILL");

      expect(await snapshot(db)).toBe(before);
      const loaded = await status(changed);
      expect(loaded.code).toBe(3);
      expect(loaded.state).toMatchObject({ planId: "Plan:001_aa40d479269d3f1a", state: "other-version", complete: true });
      expect(loaded.said).toMatch(/holds another version \(loaded sha256 \w+…, file sha256 \w+…\), complete \(30 tasks, 0 indicators\); ingest the file to replace it/);
      expect((await status(TIBET)).state).toMatchObject({ state: "current", complete: true });
    },
    90_000,
  );

  it(
    "run again to the end: the graph is the new complete version, and --status says so",
    async () => {
      const before = await snapshot(db);
      const child = spawnTs("scripts/ingest.ts", [changed], env());
      expect(await child.exited).toBe(0);
      expect(child.output().stderr).toMatch(/holds this file's content \(sha256 \w+…\), complete \(30 tasks, 0 indicators\)/);
      expect(await snapshot(db)).not.toBe(before);
      expect((await status(changed)).state).toMatchObject({ state: "current", complete: true });
      const [t1] = await db.read("t", "MATCH (t:Task {planId: 'Plan:001_aa40d479269d3f1a', number: '1'}) RETURN t.title AS title");
      expect(t1.title).toBe("完善基本医疗保险制度(修订)");
    },
    90_000,
  );
});
