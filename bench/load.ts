import { GraphQLClient } from "./http-client";
import { cpuMs } from "./machine";
import { summarize, Summary } from "./stats";

export interface LoadOptions {
  concurrency: number;
  /** Measured window; a warm-up of `warmupSeconds` runs first and is not counted. */
  seconds: number;
  warmupSeconds: number;
  /** Upper bound on requests in the measured window, whatever the time. */
  maxRequests: number;
  /** Processes whose CPU time per request is reported: the server under load and Neo4j. */
  pids?: { server?: number; neo4j?: number };
}

export interface LoadResult {
  concurrency: number;
  seconds: number;
  requests: number;
  errors: number;
  /** Completed requests per second (errors included in the count of requests, not in throughput). */
  throughput: number;
  latency: Summary;
  /**
   * CPU milliseconds the server process and Neo4j spent per request in the measured
   * window: unlike latency, it hardly moves when other work shares the machine, and
   * it is what bounds throughput on 2 cores.
   */
  serverCpuMsPerRequest?: number;
  neo4jCpuMsPerRequest?: number;
  firstErrors: string[];
}

/**
 * A closed-loop load generator: `concurrency` workers, each sending its next
 * request as soon as the previous one answered, cycling through `bodies` (a mix of
 * contract queries). Bounded by time and by request count; 127.0.0.1 only.
 */
export async function runLoad(url: string, bodies: string[], opts: LoadOptions): Promise<LoadResult> {
  return runLoadWith(
    url,
    bodies.map((body) => (client: GraphQLClient) => client.ask(body)),
    opts,
  );
}

/** The same with any requests (`send` each, cycling): conditional GETs, persisted queries. */
export async function runLoadWith(url: string, requests: ((client: GraphQLClient) => Promise<unknown>)[], opts: LoadOptions): Promise<LoadResult> {
  const client = new GraphQLClient(url, opts.concurrency);
  try {
    await phase(client, requests, opts.concurrency, opts.warmupSeconds * 1000, Number.MAX_SAFE_INTEGER);
    const started = performance.now();
    const cpu0 = { server: cpuMs(opts.pids?.server), neo4j: cpuMs(opts.pids?.neo4j) };
    const r = await phase(client, requests, opts.concurrency, opts.seconds * 1000, opts.maxRequests);
    const seconds = (performance.now() - started) / 1000;
    const perRequest = (before: number | undefined, pid: number | undefined) => {
      const after = cpuMs(pid);
      return before === undefined || after === undefined || !r.latencies.length ? undefined : Math.round(((after - before) / r.latencies.length) * 10) / 10;
    };
    const ok = r.latencies.length - r.errors.length;
    return {
      concurrency: opts.concurrency,
      seconds: Math.round(seconds * 10) / 10,
      requests: r.latencies.length,
      errors: r.errors.length,
      throughput: Math.round((ok / seconds) * 10) / 10,
      latency: summarize(r.latencies),
      serverCpuMsPerRequest: perRequest(cpu0.server, opts.pids?.server),
      neo4jCpuMsPerRequest: perRequest(cpu0.neo4j, opts.pids?.neo4j),
      firstErrors: r.errors.slice(0, 3),
    };
  } finally {
    client.close();
  }
}

async function phase(client: GraphQLClient, requests: ((client: GraphQLClient) => Promise<unknown>)[], concurrency: number, ms: number, maxRequests: number) {
  const latencies: number[] = [];
  const errors: string[] = [];
  const deadline = performance.now() + ms;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline && next < maxRequests) {
      const send = requests[next++ % requests.length];
      const t0 = performance.now();
      try {
        await send(client);
      } catch (e) {
        errors.push((e as Error).message);
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors };
}
