import * as fs from "fs";
import * as path from "path";

/** One operation of the mix: a query and its variables, as a client would send them. */
export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const examples = path.join(__dirname, "../../../examples");
const example = (file: string, variables?: Record<string, unknown>): Operation => ({
  name: file.replace(/\.graphql$/, ""),
  query: fs.readFileSync(path.join(examples, file), "utf8"),
  variables,
});

/** The contract's queries: README's examples with varied arguments, pages, lookups and search. */
export const MIX: Operation[] = [
  example("department-tasks.graphql"),
  example("department-tasks.graphql", { name: "医保局" }),
  example("indicator-across-plans.graphql"),
  example("indicator-across-plans.graphql", { concept: "参保率" }),
  example("plan-outline.graphql"),
  example("plan-outline.graphql", { planId: "Plan:004_5a087b0cd4345386" }),
  example("search.graphql"),
  example("search.graphql", { text: "医疗救助" }),
  example("tibet-task.graphql"),
  { name: "plans", query: "{ plans { id title loaded region { name parent { name } } cites { id } } }" },
  { name: "regions", query: "{ regions { id name level children { name } plans { title } } }" },
  { name: "tasks-page", query: "{ tasks(first: 100, filter: { hasLead: true }) { totalCount pageInfo { endCursor } nodes { id title lead { name } } } }" },
  { name: "due-2022", query: "{ tasks(first: 50, filter: { dueBy: 2022 }) { nodes { title deadlines responsible { name } } } }" },
  { name: "node", query: `{ node(id: "Task:001_aa40d479269d3f1a:2/4/12") { id ... on Task { title units { relation printedName } } } }` },
  { name: "departments", query: "{ departments(first: 50, filter: { type: \"财政\" }) { totalCount nodes { name leads(first: 5) { totalCount } } } }" },
];

export interface LoadReport {
  requests: number;
  ok: number;
  /** Error count by `extensions.code` (or HTTP status when the body is not GraphQL). */
  errors: Record<string, number>;
  /** The first message of each error code (a fetch failure's cause included), to say what went wrong. */
  firstMessages: Record<string, string>;
  /** Wall time of every request, in ms. */
  latencies: number[];
  /** Requests that took longer than this run's `slowMs`. */
  slow: number;
}

/**
 * `clients` concurrent loops, each sending the next operation of `ops` as soon as
 * the previous one answered: `requestsPerClient` requests each (a run of known size,
 * whatever the machine's speed), or until `durationMs` is up or `stop()` says so.
 */
export async function runLoad(opts: {
  url: string;
  clients: number;
  durationMs?: number;
  requestsPerClient?: number;
  ops: Operation[];
  slowMs?: number;
  stop?: () => boolean;
  /** Each request as it is sent (Date.now()), before its answer. */
  onStart?: (started: number) => void;
  /** Each answer: when it started and ended (Date.now()), how long it took, its error code if any. */
  onResult?: (r: { op: string; started: number; ended: number; ms: number; code?: string; message?: string }) => void;
}): Promise<LoadReport> {
  const report: LoadReport = { requests: 0, ok: 0, errors: {}, firstMessages: {}, latencies: [], slow: 0 };
  const end = opts.durationMs === undefined ? Infinity : Date.now() + opts.durationMs;
  const more = (sent: number) => (opts.requestsPerClient === undefined ? Date.now() < end : sent < opts.requestsPerClient);
  const client = async (n: number) => {
    for (let i = n; more(i - n) && !opts.stop?.(); i++) {
      const op = opts.ops[i % opts.ops.length];
      const startedAt = Date.now();
      const started = performance.now();
      opts.onStart?.(startedAt);
      let code: string | undefined;
      let message: string | undefined;
      try {
        const res = await fetch(`${opts.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-request-id": `load-${n}-${i}` },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        if (body.errors?.length) {
          code = body.errors[0].extensions?.code ?? `HTTP_${res.status}`;
          message = (body.errors[0] as { message?: string }).message;
        }
        else if (!body.data) code = `HTTP_${res.status}`;
      } catch (e) {
        code = `FETCH_${(e as Error).name}`;
        // fetch says only "fetch failed": what failed (a reset, a closed socket, a timeout) is its cause.
        const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
        message = `${(e as Error).message}${cause ? `: ${cause.code ?? ""} ${cause.message ?? ""}` : ""}`;
      }
      const ms = performance.now() - started;
      report.requests++;
      report.latencies.push(ms);
      if (opts.slowMs !== undefined && ms > opts.slowMs) report.slow++;
      if (code) {
        report.errors[code] = (report.errors[code] ?? 0) + 1;
        report.firstMessages[code] ??= message ?? "";
      }
      else report.ok++;
      opts.onResult?.({ op: op.name, started: startedAt, ended: Date.now(), ms, code, message });
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, (_, n) => client(n)));
  return report;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}
