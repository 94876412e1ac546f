import * as fs from "fs";
import * as path from "path";
import { Database } from "../../src/db";
import { startApi, ReliabilityApi } from "./support/api";
import { spawnTs } from "./support/child";
import { snapshot } from "./support/graph";
import { MIX, runLoad } from "./support/load";
import { loadSeeds, OwnNeo4j, startOwnNeo4j } from "./support/own-neo4j";

/**
 * Faults, on a Neo4j of this file's own (store .neo4j/test-faults, Bolt port 7784;
 * TEST_FAULTS_NEO4J_DIR / _PORT move them) so that stopping, freezing and killing
 * never disturb the shared test database. The API runs with the default
 * QUERY_TIMEOUT_MS=10000: the bound on every database call.
 */
const TIMEOUT_MS = 10_000;
const OWN_DIR = process.env.TEST_FAULTS_NEO4J_DIR ?? ".neo4j/test-faults";
const OWN_PORT = Number(process.env.TEST_FAULTS_NEO4J_PORT ?? 7784);
const TIBET = "seeds/001_aa40d479269d3f1a.txt";
const SICHUAN = "seeds/000_1cc9d6698810e7a5.txt";

let neo: OwnNeo4j;
let db: Database;
let api: ReliabilityApi;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => void unhandled.push(e);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  neo = await startOwnNeo4j(OWN_DIR, OWN_PORT);
  // The setup's own connection: a cold JVM on a busy machine may plan its first statements for longer than the API's timeout.
  db = Database.connect(neo.uri, { ...neo.config.neo4j, queryTimeoutMs: 60_000 });
  await loadSeeds(db, neo.config, [SICHUAN, TIBET]);
  api = await startApi({ uri: neo.uri, env: { QUERY_TIMEOUT_MS: String(TIMEOUT_MS) } });
}, 240_000);

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await api?.close();
  await db?.close();
  await neo?.stop();
}, 90_000);

type Result = { op: string; started: number; ended: number; ms: number; code?: string; message?: string };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(100);
  }
}
const status = async (route: string) => {
  const res = await fetch(`${api.url}${route}`);
  return { status: res.status, body: await res.json() };
};

/**
 * Recovered: the requests sent in a 4 s window (after /ready turned 200, and ending
 * 4 s ago so that they had time to answer) have all answered, without an error. A
 * restarted JVM answers its first queries slowly and some may still hit the timeout,
 * so recovery is judged on a steady window, not on the first request after it.
 */
async function steadyAgain(starts: number[], results: Result[], readyAt: number, timeoutMs: number): Promise<number> {
  await until(() => {
    const to = Date.now() - 4_000;
    const from = to - 4_000;
    if (from < readyAt) return false;
    const sent = starts.filter((t) => t > from && t <= to).length;
    const answered = results.filter((r) => r.started > from && r.started <= to);
    return sent >= 8 && answered.length === sent && answered.every((r) => !r.code);
  }, timeoutMs);
  return Date.now() - 4_000;
}

async function waitUntilReady(timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await status("/ready")).status === 200) return Date.now();
    await sleep(250);
  }
  throw new Error(`/ready did not turn 200 within ${timeoutMs} ms`);
}

/** Load from `clients` loops, recording every request sent and answered, until `stop()`. */
function startLoad(clients: number) {
  const results: Result[] = [];
  const starts: number[] = [];
  let done = false;
  const report = runLoad({ url: api.url, clients, durationMs: 300_000, ops: MIX, stop: () => done, onStart: (t) => starts.push(t), onResult: (r) => results.push(r) });
  return {
    results,
    starts,
    ok: () => results.filter((r) => !r.code).length,
    stop: () => ((done = true), report),
  };
}

describe("when Neo4j stops in the middle of load", () => {
  it(
    "fails fast with DATABASE_UNAVAILABLE, reports not-ready, stays up, and recovers by itself when Neo4j is back",
    async () => {
      const load = startLoad(6);
      try {
        // Every client through a few times before the fault: a cold Neo4j plans queries slowly,
        // and on a busy machine its first plans can outlast the timeout. The claim is about a
        // warm service, so requests are judged from `warm` on, after 30 more have answered.
        await until(() => load.ok() >= 30, 90_000);
        const warm = Date.now();
        const okAtWarm = load.ok();
        await until(() => load.ok() >= okAtWarm + 30, 90_000);
        const stopping = Date.now();
        await neo.stop();
        const stopped = Date.now();
        await sleep(3_000);
        const down = [await status("/ready"), await status("/health")];
        const restarting = Date.now();
        await neo.start();
        const readyAt = await waitUntilReady(60_000);
        const steadyAt = await steadyAgain(load.starts, load.results, readyAt, 90_000);
        const report = await load.stop();

        const before = load.results.filter((r) => r.started > warm && r.ended < stopping);
        const during = load.results.filter((r) => r.started > stopped && r.ended < restarting);
        console.log(
          `outage: ${JSON.stringify({ total: report.requests, before: before.length, during: during.length, errors: report.errors, slowestDuringMs: Math.round(Math.max(...during.map((r) => r.ms))), stopMs: stopped - stopping, restartToReadyMs: readyAt - restarting, readyToSteadyMs: steadyAt - readyAt, timeoutsWhileWarming: load.results.filter((r) => r.started > readyAt && r.code).length })}`,
        );
        expect(before.filter((r) => r.code)).toEqual([]);
        // While it is down: every request fails with the one documented code, because the
        // connection was refused ("cannot reach Neo4j"), not because it waited for the query
        // timeout ("no answer within …"): it failed fast, by what happened rather than by a clock.
        expect(during.length).toBeGreaterThan(0);
        expect(during.filter((r) => r.code !== "DATABASE_UNAVAILABLE" || !/cannot reach Neo4j/.test(r.message ?? ""))).toEqual([]);
        // After the restart a cold JVM may answer a request's levels so slowly that it runs out of REQUEST_TIMEOUT_MS.
        expect(load.results.filter((r) => r.code && r.code !== "DATABASE_UNAVAILABLE" && !(r.code === "REQUEST_TIMEOUT" && r.started > restarting))).toEqual([]);
        expect(down[0]).toMatchObject({ status: 503, body: { status: "not-ready", reason: expect.stringMatching(/unavailable: cannot reach Neo4j/) } });
        // The process stayed up and answered throughout; recovery (steadyAgain) needed no restart.
        expect(down[1].status).toBe(200);
        expect(api.db.openSessions).toBe(0);
        expect(unhandled).toEqual([]);
      } finally {
        await load.stop();
      }
    },
    300_000,
  );
});

describe("when Neo4j freezes (SIGSTOP) under load", () => {
  it(
    "answers DATABASE_UNAVAILABLE once the query timeout is up instead of hanging, and recovers on SIGCONT",
    async () => {
      const load = startLoad(6);
      try {
        await until(() => load.ok() >= 12, 60_000);
        process.kill(neo.local.pid, "SIGSTOP");
        // The signal is delivered asynchronously: wait until the kernel shows the JVM stopped.
        await until(() => fs.readFileSync(`/proc/${neo.local.pid}/stat`, "utf8").split(" ")[2] === "T", 5_000);
        const frozen = Date.now();
        let ready: Awaited<ReturnType<typeof status>>;
        try {
          ready = await status("/ready");
          await sleep(TIMEOUT_MS + 4_000);
        } finally {
          process.kill(neo.local.pid, "SIGCONT");
        }
        const thawed = Date.now();
        const readyAt = await waitUntilReady(30_000);
        const steadyAt = await steadyAgain(load.starts, load.results, readyAt, 90_000);
        const report = await load.stop();

        // Every request answered while Neo4j was still frozen: it did not hang until the thaw.
        const caught = load.results.filter((r) => r.ended > frozen && r.ended < thawed);
        const timedOut = caught.filter((r) => r.code === "DATABASE_UNAVAILABLE" && new RegExp(`no answer within ${TIMEOUT_MS} ms|timed out`).test(r.message ?? ""));
        console.log(`freeze: ${JSON.stringify({ total: report.requests, caught: caught.length, timedOut: timedOut.length, errors: report.errors, thawToSteadyMs: steadyAt - thawed })}`);
        // /ready was asked after the freeze and answered before the SIGCONT was sent (the code
        // awaits it first): the readiness check gave up on the frozen database by its timeout.
        expect(ready).toMatchObject({ status: 503, body: { status: "not-ready", reason: expect.stringMatching(new RegExp(`no answer within ${TIMEOUT_MS} ms|timed out`)) } });
        // Requests ended by the API while the database could not answer, not by the thaw: those in
        // flight on an open connection by QUERY_TIMEOUT_MS ("no answer within …"), new ones by the
        // driver giving up on a connection the frozen server never completes ("cannot reach Neo4j").
        expect(caught.filter((r) => r.code === "DATABASE_UNAVAILABLE").length).toBeGreaterThan(0);
        // Whatever else ended during the freeze finished its reads before it (a success), or was
        // cut by its request's REQUEST_TIMEOUT_MS budget instead; no other failure.
        const documented = new RegExp(`unavailable: (no answer within ${TIMEOUT_MS} ms|the query timed out|cannot reach Neo4j)$`);
        expect(caught.filter((r) => r.code && !(r.code === "REQUEST_TIMEOUT" || (r.code === "DATABASE_UNAVAILABLE" && documented.test(r.message ?? ""))))).toEqual([]);
        expect(unhandled).toEqual([]);
      } finally {
        await load.stop();
      }
    },
    240_000,
  );
});

describe("when the ingest process is killed in the middle of its transaction", () => {
  const original = fs.readFileSync(path.resolve(__dirname, "../..", TIBET));
  // A new version under the same file name, so it replaces the loaded plan.
  const dir = path.resolve(__dirname, "../..", OWN_DIR, "documents");
  const changed = path.join(dir, path.basename(TIBET));
  const env = () => ({ NEO4J_URI: neo.uri, LOG_LEVEL: "warn" });

  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(changed, original.toString("utf8").replace(/完善基本医疗保险制度。/, "完善基本医疗保险制度(修订)。").replace(/区财政厅/g, "区财政厅、区审计厅"));
  });

  /** `ingest --status` over both versions of the file: its exit code, one JSON line per file, and what it said. */
  const versions = async () => {
    const child = spawnTs("scripts/ingest.ts", ["--status", changed, TIBET], env());
    const code = await child.exited;
    const { stdout, stderr } = child.output();
    const [ofChanged, ofOriginal] = stdout.trim().split("\n").map((l) => JSON.parse(l));
    return { code, ofChanged, ofOriginal, said: stderr };
  };

  // Early (the old tasks already deleted) and late (everything new written, only the commit left).
  it.each(["merge-plan", "remove-orphan-citations"])(
    "before %s commits: the graph stays the previous complete version, and --status says so",
    async (stage) => {
      const before = await snapshot(db);
      const child = spawnTs("test/reliability/support/ingest-until.ts", [changed, stage], env());
      await child.waitFor(new RegExp(`paused inside the transaction before ${stage}`), 60_000);
      child.process.kill("SIGKILL");
      expect(await child.exited).toBe("SIGKILL");

      expect(await snapshot(db)).toBe(before);
      const v = await versions();
      expect(v.code).toBe(3);
      expect(v.ofChanged).toMatchObject({ planId: "Plan:001_aa40d479269d3f1a", state: "other-version", complete: true });
      expect(v.ofOriginal).toMatchObject({ planId: "Plan:001_aa40d479269d3f1a", state: "current", complete: true });
      expect(v.said).toMatch(/holds another version \(loaded sha256 \w+…, file sha256 \w+…\), complete \(30 tasks, 0 indicators\); ingest the file to replace it/);
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
      const v = await versions();
      expect(v.ofChanged).toMatchObject({ state: "current", complete: true });
      expect(v.ofOriginal).toMatchObject({ state: "other-version", complete: true });
      const [t1] = await db.read("t", "MATCH (t:Task {planId: 'Plan:001_aa40d479269d3f1a', number: '1'}) RETURN t.title AS title");
      expect(t1.title).toBe("完善基本医疗保险制度(修订)");
    },
    90_000,
  );
});

describe("when the graph behind a running Neo4j is wiped", () => {
  it(
    "reports not-ready with the reason while Neo4j still answers, and ready again once plans are loaded",
    async () => {
      expect((await status("/ready")).status).toBe(200);
      await db.write("wipe", "MATCH (n) DETACH DELETE n");
      const wiped = await status("/ready");
      expect(wiped).toMatchObject({ status: 503, body: { status: "not-ready", reason: expect.stringMatching(/Neo4j answers, but database neo4j holds no loaded plan/) } });
      expect((await status("/health")).status).toBe(200);
      await loadSeeds(db, neo.config, [TIBET]);
      expect((await status("/ready")).body).toEqual({ status: "ready" });
    },
    90_000,
  );
});
