/**
 * What a run measures. `quick` fits CI (a few minutes): the seed graph and a 10×
 * graph. `full` adds 100× and national scale (the whole generated tree, 3,162
 * plans): about 40 minutes on the reference machine, because lineage (about a second a
 * plan, some 35 minutes for the whole tree) runs under a time budget (docs/benchmark.md).
 */
export interface Mode {
  name: "quick" | "full";
  /** Graph sizes as multiples of the seed graph's outline items; "national" is every plan of the generated tree. */
  scales: (number | "national")[];
  /** Scales at which the naive (unbatched) resolver path is measured too. */
  batchingAt: (number | "national")[];
  /** The scale of the sustained-load comparison (ours and the peer at each concurrency). */
  loadAt: number | "national";
  concurrency: number[];
  /** Per-query samples per way, after warm-up runs. */
  reps: number;
  /**
   * Untimed runs of each way before its samples. The first scale is measured right after
   * the servers and Neo4j start, with every JIT compiler (V8's in both servers, HotSpot's
   * in Neo4j) still cold: enough runs that the samples measure the steady state of all ways.
   */
  warmup: number;
  loadSeconds: number;
  loadWarmupSeconds: number;
  loadMaxRequests: number;
  /** Lineage stops after this long at one scale and reports how far it got. */
  lineageBudgetSeconds: number;
  neo4jHeap: string;
  neo4jPageCache: string;
}

export const QUICK: Mode = {
  name: "quick",
  scales: [1, 10],
  batchingAt: [1, 10],
  loadAt: 10,
  concurrency: [1, 16, 64],
  reps: 10,
  warmup: 2,
  loadSeconds: 4,
  loadWarmupSeconds: 1,
  loadMaxRequests: 20_000,
  lineageBudgetSeconds: 45,
  neo4jHeap: "1g",
  neo4jPageCache: "1g",
};

export const FULL: Mode = {
  name: "full",
  scales: [1, 10, 100, "national"],
  batchingAt: [1, 100],
  loadAt: 100,
  concurrency: [1, 16, 64],
  // A p99 is as good as the number of samples beyond it. Of 150 it was the second slowest, and
  // one stall of the shared machine (a GC pause in any of its six processes) moved a cell's p99
  // ratio by up to 0.4 from one run to the next (1× IndicatorAcrossPlans: 0.62×, then 1.05×).
  // Of 500 it was the fifth slowest, and one cell in 16 still went over 1× (a run of dff3eb7:
  // national TibetTask 1.22×, with our p99 as slow as the hand-written floor's over HTTP, so the
  // stalls were the machine's). Of 1,000 it is the tenth slowest.
  reps: 1000,
  warmup: 20,
  loadSeconds: 20,
  loadWarmupSeconds: 3,
  loadMaxRequests: 200_000,
  lineageBudgetSeconds: 300,
  neo4jHeap: "2g",
  neo4jPageCache: "2g",
};

export const scaleLabel = (s: number | "national") => (s === "national" ? "national" : `${s}×`);
