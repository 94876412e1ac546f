import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as readline from "readline";
import { PROJECT_ROOT } from "../src/config";
import { requestBody } from "./http-client";
import { runLoad } from "./load";
import { contractQueries } from "./queries";

/**
 * `node dist/bench/profile.js [bolt-uri] [seconds] [concurrency]`: where our server's CPU
 * goes under load. Starts the server (bench/serve.ts, as the benchmark does) with V8's
 * sampling profiler, sends it the benchmark's mix of contract queries at `concurrency`
 * for `seconds`, stops it and prints its steady-state profile (the start-up and the
 * warm-up left out): time by package and the functions that spend most themselves. Run
 * it against the graph a benchmark left (`.neo4j/bench`, `npm run neo4j -- start` with
 * LOCAL_NEO4J_DIR=.neo4j/bench LOCAL_NEO4J_PORT=7790). The .cpuprofile (for Chrome's
 * DevTools) stays in the OS temp directory.
 */
async function main(uri: string, seconds: number, concurrency: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-profile-"));
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, path.join(__dirname, "serve.js"), "ours"], {
    env: { ...process.env, NEO4J_URI: uri, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve) => readline.createInterface({ input: child.stdout! }).once("line", (l) => resolve((JSON.parse(l) as { url: string }).url)));
  const bodies = contractQueries(PROJECT_ROOT)
    .filter((q) => q.peer)
    .map((q) => requestBody(q.ours.query, q.ours.variables));
  const warmupSeconds = 3;
  const loadStarted = performance.now();
  const load = await runLoad(url, bodies, { concurrency, seconds, warmupSeconds, maxRequests: 1e7, pids: { server: child.pid } });
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`the server wrote no profile into ${dir}`);
  console.log(`${load.requests} requests in ${load.seconds} s at concurrency ${concurrency}: ${load.throughput} req/s, p50 ${load.latency.p50} ms, server CPU ${load.serverCpuMsPerRequest} ms per request, ${load.errors} errors`);
  console.log(`profile: ${path.join(dir, file)}`);
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
  // Samples from the measured window only: the profile ends when the server stops, shortly after the load.
  const measuredMs = (performance.now() - loadStarted) - warmupSeconds * 1000;
  summarize(profile, measuredMs);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code comes from: a package, one of our folders, Node's internals, or the engine. */
function origin(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/dist\/(src|bench)\/(.*)$/.exec(url);
  if (ours) return `ours: ${ours[1]}/${ours[2].split("/").slice(0, -1).join("/") || ours[2]}`;
  if (url.startsWith("node:")) return `node: ${url.slice(5).split("/")[0]}`;
  return url;
}

function summarize(p: CpuProfile, lastMs: number): void {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const total = p.timeDeltas.reduce((a, b) => a + b, 0);
  const from = total - lastMs * 1000;
  const self = new Map<number, number>();
  let clock = 0;
  for (let i = 0; i < p.samples.length; i++) {
    clock += p.timeDeltas[i];
    if (clock >= from) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + p.timeDeltas[i]);
  }
  const busy = [...self].filter(([id]) => nodes.get(id)!.callFrame.functionName !== "(idle)").reduce((n, [, t]) => n + t, 0);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === "(idle)") continue;
    const o = origin(url, functionName);
    byOrigin.set(o, (byOrigin.get(o) ?? 0) + t);
    const f = `${functionName || "(anonymous)"} (${o}${url ? `:${lineNumber + 1}` : ""})`;
    byFunction.set(f, (byFunction.get(f) ?? 0) + t);
  }
  const pct = (t: number) => `${((100 * t) / busy).toFixed(1)}%`.padStart(6);
  console.log(`\nbusy CPU in the measured window: ${(busy / 1e6).toFixed(1)} s; self time by origin:`);
  for (const [o, t] of [...byOrigin].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${pct(t)}  ${o}`);
  console.log(`\nfunctions by self time:`);
  for (const [f, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${pct(t)}  ${f}`);
}

const [uri = "bolt://127.0.0.1:7790", seconds = "20", concurrency = "16"] = process.argv.slice(2);
main(uri, Number(seconds), Number(concurrency)).then(
  () => process.exit(0),
  (e: Error) => {
    console.error(e.stack ?? e.message);
    process.exit(1);
  },
);
