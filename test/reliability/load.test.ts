import * as v8 from "v8";
import * as vm from "vm";
import { Database } from "../../src/db";
import { testConfig } from "../setup/test-config";
import { startApi, ReliabilityApi } from "./support/api";
import { MIX, percentile, runLoad } from "./support/load";

/**
 * Sustained load on the shared test Neo4j: 64 clients, each sending the next query
 * of the contract mix as soon as the previous one answered, for 30 s (after a 3 s
 * warm-up that fills the JIT, the pool and the page cache). Sized so the file stays
 * under ~90 s on 2 cores; RELIABILITY_LOAD_SECONDS / _CLIENTS change it.
 */
const CLIENTS = Number(process.env.RELIABILITY_LOAD_CLIENTS ?? 64);
const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 30);

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

describe(`under ${CLIENTS} concurrent clients for ${SECONDS} s`, () => {
  it(
    "answers every contract query without an error, and leaves no session open and no heap growth behind",
    async () => {
      await runLoad({ url: api.url, clients: CLIENTS, durationMs: 3_000, ops: MIX });
      const heapBefore = heapAfterGc();

      const report = await runLoad({ url: api.url, clients: CLIENTS, durationMs: SECONDS * 1_000, ops: MIX });

      const heapAfter = heapAfterGc();
      const summary = {
        requests: report.requests,
        perSecond: Math.round(report.requests / SECONDS),
        p50: Math.round(percentile(report.latencies, 50)),
        p95: Math.round(percentile(report.latencies, 95)),
        max: Math.round(Math.max(...report.latencies)),
        heapGrowthMb: +((heapAfter - heapBefore) / 2 ** 20).toFixed(1),
      };
      console.log(`load: ${JSON.stringify(summary)}`);
      expect(report.errors).toEqual({});
      expect(report.ok).toBe(report.requests);
      // Throughput depends on what else the 2 cores run; every client must still get through.
      expect(report.requests).toBeGreaterThanOrEqual(CLIENTS * 2);
      expect(api.db.openSessions).toBe(0);
      expect(await serverTransactions()).toBe(0);
      // The server's heap (this process holds it) returns to where it was: no per-request leak.
      expect(heapAfter - heapBefore).toBeLessThan(16 * 2 ** 20);
      // Still answering normally afterwards.
      expect((await api.gql("{ plans(loaded: true) { id } }")).body.data.plans).toHaveLength(5);
    },
    (SECONDS + 40) * 1_000,
  );
});
