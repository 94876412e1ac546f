import type { CachedComparison } from "./cached";
import type { QueryComparison } from "./compare";
import type { ExampleTrips } from "./examples";
import type { IngestResult } from "./ingest";
import type { LineageScore } from "./lineage";
import type { LoadResult } from "./load";
import type { Machine } from "./machine";

/** Everything one run measured: bench/results.json, from which bench/RESULTS.md is printed. */
export interface BenchResults {
  mode: "quick" | "full";
  machine: Machine;
  startedAt: string;
  durationSeconds: number;
  /** 1-minute load average when the run ended. */
  loadAverageAtEnd: number;
  corpus: { seed: number; plans: number; generationSeconds: number; links: number };
  /** Scales the mode meant to measure; fewer steps than these means the run was stopped. */
  scalesPlanned: string[];
  steps: ScaleStep[];
  /** `cached`: ours answering conditional requests (304) at each concurrency, apart from the uncached figures. */
  load?: { scale: string; ours: LoadResult[]; peer: LoadResult[]; cached?: LoadResult[] };
  notes: string[];
}

export interface ScaleStep {
  scale: string;
  graph: { plans: number; tasks: number; nodes: number; relationships: number; storeMiB: number };
  ingest: IngestResult;
  lineage: LineageRun;
  queries: QueryComparison[];
  /** Every example's round trips over HTTP at this scale. */
  examples?: ExampleTrips[];
  /** Persisted-query GETs and 304s, measured apart. */
  cached?: CachedComparison[];
}

export type LineageRun =
  | { available: false; reason: string }
  | {
      available: true;
      plans: number;
      planned: number;
      seconds: number;
      msPerPlan: number;
      nodePeakRssMiB: number;
      neo4jRssMiB?: number;
      score?: LineageScore;
      /** True when the time budget ran out before every plan of the step was done. */
      partial: boolean;
      error?: string;
    };
