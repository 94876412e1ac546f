import type { Driver } from "neo4j-driver";
import type { GraphQLSchema } from "graphql";
import type { ContextDeps } from "../src/context";
import type { Row } from "../src/db";
import { runFloor } from "./floor";
import { GraphQLClient, requestBody } from "./http-client";
import { LoaderMode, runInProcess } from "./in-process";
import { cpuMs } from "./machine";
import type { ContractQuery } from "./queries";
import { Rng } from "../src/generate/random";
import { summarize, Summary } from "./stats";

/** The seed of the ways' order in each round: a rerun takes them in the same orders. */
const ROUND_ORDER_SEED = 15;

/** The ways one contract query is answered in a comparison. */
export type Way = "ours" | "peer" | "floor" | "floorHttp" | "oursInProcess" | "loadersInProcess" | "naiveInProcess";

export interface QueryComparison {
  query: string;
  latency: Partial<Record<Way, Summary>>;
  /** Neo4j round trips of one answer: ours from extensions.cost, in-process from QueryStats, the floor 1. */
  roundTrips: Partial<Record<Way, number>>;
  /**
   * Neo4j CPU milliseconds per answer (its process CPU time across the samples ÷ samples;
   * 10 ms clock ticks, so single answers are coarse but the mean is not): what each way
   * costs the database, whatever else the machine does.
   */
  neo4jCpuMs: Partial<Record<Way, number>>;
  /** Whether each way's answer reduced to the same lines as ours over HTTP. */
  sameAnswer: Partial<Record<Way, boolean>>;
  /** For a way whose answer differs: the first differing lines, to show how. */
  diffs?: Partial<Record<Way, string[]>>;
  /** Lines of the answer (the size of what was asked). */
  answerLines: number;
  note?: string;
}

/** One way's answer reduced to comparable lines, and the Neo4j round trips it took. */
interface Answer {
  lines: string[];
  roundTrips?: number;
}

/** A one-statement way's answer (the peer, the floor): read when asked. */
function answerOf<T>(digest: (data: T) => string[], data: T): () => Answer {
  return () => ({ lines: digest(data), roundTrips: 1 });
}

export interface CompareTargets {
  oursUrl: string;
  peerUrl?: string;
  floor: { driver: Driver; database: string };
  /** The floor behind a bare HTTP handler (bench/floor.ts, startFloorServer). */
  floorUrl?: string;
  inProcess: { schema: GraphQLSchema; deps: ContextDeps };
  /** Also run, in process, the resolvers' loader path (compiler off) and the naive (unbatched) one. */
  loaders: boolean;
  neo4jPid?: number;
}

/**
 * Answers each contract query every way, `reps` times, interleaved round by round
 * (ours, peer, floor, in-process …), each round in a new order, so that whatever else
 * the machine does, and whatever one way leaves for the next, weighs on all ways alike.
 * A sample times the request and its answer's arrival (for HTTP ways, parsed JSON), not
 * the benchmark's reading of it. Every way's first answer is checked against ours.
 */
export async function compareQueries(queries: ContractQuery[], t: CompareTargets, reps: number, warmup: number): Promise<QueryComparison[]> {
  const ours = new GraphQLClient(t.oursUrl, 1);
  const peer = t.peerUrl ? new GraphQLClient(t.peerUrl, 1) : undefined;
  const floorHttp = t.floorUrl ? new GraphQLClient(t.floorUrl, 1) : undefined;
  const out: QueryComparison[] = [];
  try {
    for (const q of queries) {
      // A way's `run` is the timed request; it returns how to read its answer (the digest, untimed:
      // only the first answer is read, to check it against ours).
      const ways: { way: Way; run: () => Promise<() => Answer> }[] = [];
      const oursBody = requestBody(q.ours.query, q.ours.variables);
      ways.push({
        way: "ours",
        run: async () => {
          const res = await ours.post(oursBody);
          if (res.errors?.length) throw new Error(`${q.name}: ${JSON.stringify(res.errors).slice(0, 400)}`);
          return () => ({ lines: q.ours.digest(res.data), roundTrips: (res as any).extensions?.cost?.dbRoundTrips });
        },
      });
      if (peer && q.peer) {
        const body = requestBody(q.peer.query, q.peer.variables);
        const digest = q.peer.digest;
        ways.push({ way: "peer", run: async () => answerOf(digest, await peer.ask(body)) });
      }
      ways.push({ way: "floor", run: async () => answerOf(q.floor.digest, await runFloor(t.floor.driver, t.floor.database, q)) });
      if (floorHttp) {
        const body = JSON.stringify({ query: q.name });
        ways.push({ way: "floorHttp", run: async () => answerOf(q.floor.digest, ((await floorHttp.post(body)) as unknown as { rows: Row[] }).rows) });
      }
      const inProcess = (mode: LoaderMode) => async () => {
        const r = await runInProcess(t.inProcess.schema, t.inProcess.deps, q, mode);
        return () => ({ lines: q.ours.digest(r.data), roundTrips: r.roundTrips });
      };
      ways.push({ way: "oursInProcess", run: inProcess("compiled") });
      if (t.loaders) ways.push({ way: "loadersInProcess", run: inProcess("loaders") }, { way: "naiveInProcess", run: inProcess("naive") });

      const first = new Map<Way, Answer>();
      for (const w of ways) first.set(w.way, (await w.run())());
      for (let i = 1; i < warmup; i++) for (const w of ways) await w.run();
      const samples = new Map<Way, number[]>(ways.map((w) => [w.way, []]));
      const dbCpu = new Map<Way, number>(ways.map((w) => [w.way, 0]));
      const order = new Rng(ROUND_ORDER_SEED);
      for (let i = 0; i < reps; i++) {
        // Each round takes the ways in a new (seeded) order. What one way leaves behind weighs on
        // the way after it: the in-process ways' garbage, collected during the next request in this
        // process, and Neo4j's caches warmed by the same statement (the floor in process runs the
        // floor's Cypher, ours in process our compiled statement). In a fixed cycle, even one whose
        // start rotates, each way always follows the same one: ours came after our in-process
        // answer's garbage, the floor over HTTP after its own statement run a moment before.
        for (const w of order.shuffle(ways)) {
          const c0 = cpuMs(t.neo4jPid);
          const t0 = performance.now();
          await w.run();
          samples.get(w.way)!.push(performance.now() - t0);
          const c1 = cpuMs(t.neo4jPid);
          if (c0 !== undefined && c1 !== undefined) dbCpu.set(w.way, dbCpu.get(w.way)! + c1 - c0);
        }
      }
      const reference = JSON.stringify(first.get("ours")!.lines);
      const diffs = Object.fromEntries(
        [...first].filter(([, r]) => JSON.stringify(r.lines) !== reference).map(([w, r]) => [w, answerDiff(first.get("ours")!.lines, r.lines)]),
      );
      out.push({
        query: q.name,
        latency: Object.fromEntries([...samples].map(([w, s]) => [w, summarize(s)])),
        neo4jCpuMs: t.neo4jPid === undefined ? {} : Object.fromEntries([...dbCpu].map(([w, c]) => [w, Math.round((c / reps) * 10) / 10])),
        roundTrips: Object.fromEntries([...first].map(([w, r]) => [w, r.roundTrips ?? NaN])),
        sameAnswer: Object.fromEntries([...first].map(([w, r]) => [w, JSON.stringify(r.lines) === reference])),
        diffs: Object.keys(diffs).length ? diffs : undefined,
        answerLines: first.get("ours")!.lines.length,
        note: q.note,
      });
    }
  } finally {
    ours.close();
    peer?.close();
    floorHttp?.close();
  }
  return out;
}

/** For a report: the lines where two ways' answers differ (at most a few), to show what "not the same" means. */
export function answerDiff(a: string[], b: string[], limit = 3): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < limit; i++) if (a[i] !== b[i]) out.push(`${i}: ${a[i]} ≠ ${b[i]}`);
  return out;
}
