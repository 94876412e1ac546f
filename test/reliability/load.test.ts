import * as v8 from "v8";
import * as vm from "vm";
import { Database } from "../../src/db";
import { testConfig } from "../setup/test-config";
import { startApi, ReliabilityApi } from "./support/api";
import { MIX, percentile, runLoad } from "./support/load";

/**
 * Sustained load on the shared test Neo4j: 64 clients, each sending the next query
 * of the contract mix as soon as the previous one answered, ROUNDS times through the
 * mix (after a third of a round of warm-up that fills the JIT, the pool and the page cache).
 * Counted in requests, not seconds, so the run is the same on any machine; throughput
 * and latency are printed, and measured in the benchmark. RELIABILITY_LOAD_ROUNDS /
 * _CLIENTS change it.
 */
const CLIENTS = Number(process.env.RELIABILITY_LOAD_CLIENTS ?? 64);
const ROUNDS = Number(process.env.RELIABILITY_LOAD_ROUNDS ?? 1);
const PER_CLIENT = ROUNDS * MIX.length;

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

let api: ReliabilityApi;
let observer: Database;
beforeAll(async () => {
  api = await startApi();
  observer = Database.connect(process.env.TEST_NEO4J_URI!, testConfig().neo4j);
});
afterAll(async () => {
  await api?.close();
  await observer?.close();
});

/** Transactions Neo4j is running now, other than the one asking. */
async function serverTransactions(): Promise<number> {
  const session = observer.driver.session({ database: "system" });
  try {
    const result = await session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n");
    return result.records[0].get("n") as number;
  } finally {
    await session.close();
  }
}

describe(`under ${CLIENTS} concurrent clients, ${PER_CLIENT} requests each`, () => {
  it(
    "answers every contract query without an error, and leaves no session open and no heap growth behind",
    async () => {
      await runLoad({ url: api.url, clients: CLIENTS, requestsPerClient: Math.ceil(MIX.length / 3), ops: MIX });
      const heapBefore = heapAfterGc();

      const started = performance.now();
      const report = await runLoad({ url: api.url, clients: CLIENTS, requestsPerClient: PER_CLIENT, ops: MIX });
      const seconds = (performance.now() - started) / 1000;

      const heapAfter = heapAfterGc();
      const summary = {
        requests: report.requests,
        perSecond: Math.round(report.requests / seconds),
        p50: Math.round(percentile(report.latencies, 50)),
        p95: Math.round(percentile(report.latencies, 95)),
        max: Math.round(Math.max(...report.latencies)),
        heapGrowthMb: +((heapAfter - heapBefore) / 2 ** 20).toFixed(1),
      };
      console.log(`load: ${JSON.stringify(summary)}`);
      // The first message of each kind of error, so that a failure says what happened.
      expect({ errors: report.errors, firstMessages: report.firstMessages }).toEqual({ errors: {}, firstMessages: {} });
      // Every client got through every request of its share.
      expect(report.requests).toBe(CLIENTS * PER_CLIENT);
      expect(report.ok).toBe(report.requests);
      expect(api.db.openSessions).toBe(0);
      expect(await serverTransactions()).toBe(0);
      // The server's heap (this process holds it) returns to where it was: no per-request leak.
      expect(heapAfter - heapBefore).toBeLessThan(16 * 2 ** 20);
      // Still answering normally afterwards.
      expect((await api.gql("{ plans(loaded: true) { id } }")).body.data.plans).toHaveLength(5);
    },
    300_000,
  );
});
