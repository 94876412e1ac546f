import * as fs from "fs";
import type { QueryComparison, Way } from "./compare";
import type { LoadResult } from "./load";
import type { BenchResults, ScaleStep } from "./results";
import { ratio } from "./stats";

/**
 * Prints bench/RESULTS.md from results.json. Ratios are always ours ÷ other for
 * latency (above 1: we are slower) and ours ÷ other for throughput (above 1: we
 * serve more). Hand-written analysis of the run, if any, comes from ANALYSIS.md.
 */
export function renderReport(r: BenchResults, analysisFile?: string): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`# Benchmark results`, ``);
  out.push(`Written by \`npm run bench${r.mode === "quick" ? " -- --quick" : ""}\` (${r.mode} mode) on ${m.date.slice(0, 10)}; the run took ${minutes(r.durationSeconds)}. Raw numbers: [${r.mode === "quick" ? "results-quick.json" : "results.json"}](${r.mode === "quick" ? "results-quick.json" : "results.json"}). How to run and what each number means: [docs/benchmark.md](../docs/benchmark.md).`, ``);
  out.push(`| machine | |`, `|---|---|`);
  for (const [k, v] of [
    ["CPU", `${m.cpuModel}, ${m.cores} cores`],
    ["memory", `${m.memoryGiB} GiB`],
    ["OS", m.os],
    ["Node.js", m.node],
    ["Java", m.java],
    ["Neo4j", `${m.neo4j} (heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}), own store on loopback`],
    ["@neo4j/graphql (peer)", m.neo4jGraphql],
    ["neo4j-driver", m.neo4jDriver],
    ["commit", m.commit],
    ["load average (1 min) at start / end", `${m.loadAverageAtStart} / ${r.loadAverageAtEnd}`],
  ]) out.push(`| ${k} | ${v} |`);
  out.push(``, `Server, peer server, load generator and Neo4j share the same ${m.cores} cores. Latencies in milliseconds, p50 / p99 over the samples; ratios are ours ÷ other (for latency, above 1 means we are slower; for throughput, above 1 means we serve more).`, ``);
  if (r.steps.length < r.scalesPlanned.length) {
    out.push(`**Partial run**: measured ${r.steps.map((s) => s.scale).join(", ") || "nothing"} of ${r.scalesPlanned.join(", ")} (the report is rewritten after every scale).`, ``);
  }
  out.push(`Corpus: the 5 seeds plus ${r.corpus.plans} generated plans (seed ${r.corpus.seed}, ${r.corpus.links} true lineage links), generated in ${r.corpus.generationSeconds} s.`, ``);

  out.push(...targets(r));
  out.push(...losses(r));
  out.push(...batching(r.steps));
  out.push(...examples(r.steps));
  out.push(...peer(r));
  out.push(...floor(r.steps));
  out.push(...scale(r.steps));
  out.push(...load(r));
  out.push(...cached(r));
  if (r.notes.length) out.push(`## Notes`, ``, ...r.notes.map((n) => `- ${n}`), ``);
  if (analysisFile && fs.existsSync(analysisFile)) out.push(fs.readFileSync(analysisFile, "utf8").trim(), ``);
  return out.join("\n") + "\n";
}

const minutes = (s: number) => (s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`);
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "–" : x >= 100 ? String(Math.round(x)) : x.toFixed(1));
const pp = (q: QueryComparison, w: Way) => (q.latency[w] ? `${ms(q.latency[w]!.p50)} / ${ms(q.latency[w]!.p99)}` : "–");
const x = (v: number) => (Number.isNaN(v) ? "–" : `${v.toFixed(2)}×`);
const same = (q: QueryComparison, w: Way) => (q.sameAnswer[w] === undefined ? "–" : q.sameAnswer[w] ? "yes" : "**no**");

function batching(steps: ScaleStep[]): string[] {
  const out = [`## 1. Round trips: compiled statements, DataLoader batches, one query per parent`, ``];
  out.push(
    `In process (no HTTP), the same schema: compiled as served (one statement per root field); through the resolvers and their DataLoader batches only (COMPILE_QUERIES=false); and naive, every batch split into one query per parent, sent concurrently as graphql-js resolves siblings.`,
    ``,
  );
  for (const s of steps.filter((s) => s.queries.some((q) => q.latency.naiveInProcess))) {
    out.push(`**${s.scale}** (${s.graph.plans} plans, ${s.graph.tasks} outline items)`, ``);
    out.push(
      `| query | round trips compiled / loaders / naive | p50 / p99 compiled | p50 / p99 loaders | p50 / p99 naive | loaders ÷ compiled (p50) | same answer loaders / naive |`,
      `|---|---|---|---|---|---|---|`,
    );
    for (const q of s.queries.filter((q) => q.latency.naiveInProcess)) {
      const rt = q.roundTrips;
      out.push(
        `| ${q.query} | ${rt.oursInProcess} / ${rt.loadersInProcess} / ${rt.naiveInProcess} | ${pp(q, "oursInProcess")} | ${pp(q, "loadersInProcess")} | ${pp(q, "naiveInProcess")} | ${x(ratio(q.latency.loadersInProcess?.p50 ?? NaN, q.latency.oursInProcess!.p50))} | ${same(q, "loadersInProcess")} / ${same(q, "naiveInProcess")} |`,
      );
    }
    out.push(``);
  }
  return out;
}

function peer(r: BenchResults): string[] {
  const out = [`## 2. Against the peer: @neo4j/graphql ${r.machine.neo4jGraphql}`, ``];
  out.push(`Both over HTTP through the same Express 5 + Apollo Server 5 stack, on the same Neo4j and data, one request at a time. The peer's queries are the equivalent questions in its generated API (see bench/queries/).`, ``);
  for (const s of r.steps) {
    out.push(
      `**${s.scale}**`,
      ``,
      `| query | ours p50 / p99 | peer p50 / p99 | ratio p50 | ratio p99 | Neo4j CPU ms per answer, ours / peer | same answer |`,
      `|---|---|---|---|---|---|---|`,
    );
    for (const q of s.queries) {
      if (!q.latency.peer) {
        out.push(`| ${q.query} | ${pp(q, "ours")} | – | – | – | ${cpu(q, "ours")} / – | ${q.note ? `n/a: ${q.note}` : "–"} |`);
        continue;
      }
      out.push(
        `| ${q.query} | ${pp(q, "ours")} | ${pp(q, "peer")} | ${x(ratio(q.latency.ours!.p50, q.latency.peer.p50))} | ${x(ratio(q.latency.ours!.p99, q.latency.peer.p99))} | ${cpu(q, "ours")} / ${cpu(q, "peer")} | ${same(q, "peer")} |`,
      );
    }
    out.push(``);
  }
  if (r.load) {
    out.push(`Throughput under load (${r.load.scale}, a mix of the contract queries, closed loop):`, ``);
    out.push(
      `| concurrency | ours req/s | peer req/s | ours ÷ peer | ours p50 / p99 | peer p50 / p99 | CPU ms per request, server + Neo4j: ours | peer | errors ours / peer |`,
      `|---|---|---|---|---|---|---|---|---|`,
    );
    for (const o of r.load.ours) {
      const p = r.load.peer.find((l) => l.concurrency === o.concurrency);
      out.push(
        `| ${o.concurrency} | ${o.throughput} | ${p?.throughput ?? "–"} | ${p ? x(ratio(o.throughput, p.throughput)) : "–"} | ${lp(o)} | ${p ? lp(p) : "–"} | ${lc(o)} | ${p ? lc(p) : "–"} | ${o.errors} / ${p?.errors ?? "–"} |`,
      );
    }
    out.push(``);
  }
  return out;
}

const lp = (l: LoadResult) => `${ms(l.latency.p50)} / ${ms(l.latency.p99)}`;
const lc = (l: LoadResult) => (l.serverCpuMsPerRequest === undefined ? "–" : `${l.serverCpuMsPerRequest} + ${l.neo4jCpuMsPerRequest ?? "–"}`);
const cpu = (q: QueryComparison, w: Way) => (q.neo4jCpuMs?.[w] === undefined ? "–" : String(q.neo4jCpuMs[w]));

function floor(steps: ScaleStep[]): string[] {
  const out = [`## 3. Against the floor: one hand-written Cypher query through the bare driver`, ``];
  out.push(
    `The floor returns the same answer (checked) in one round trip with no GraphQL, two ways: in the benchmark's own process (no HTTP at all), and over HTTP, behind a bare node:http handler in a process of its own (bench/floor.ts: the same client, transport and process hop as ours, no framework, no GraphQL, no checks). Overhead = ours ÷ floor at p50: ours in process (the compiled statement and the executor) against the floor in process; ours over HTTP (plus Express, Apollo, JSON) against the floor over HTTP, and against the floor in process.`,
    ``,
  );
  out.push(
    `| scale | query | floor p50 / p99 in process | floor p50 / p99 over HTTP | ours in process p50 / p99 | overhead in process | ours HTTP p50 / p99 | overhead HTTP ÷ floor over HTTP | ours HTTP ÷ floor in process | our round trips | Neo4j CPU ms, floor / ours | same answer |`,
    `|---|---|---|---|---|---|---|---|---|---|---|---|`,
  );
  for (const s of steps) {
    for (const q of s.queries) {
      const overHttp = q.latency.floorHttp ? x(ratio(q.latency.ours!.p50, q.latency.floorHttp.p50)) : "–";
      out.push(
        `| ${s.scale} | ${q.query} | ${pp(q, "floor")} | ${q.latency.floorHttp ? pp(q, "floorHttp") : "–"} | ${pp(q, "oursInProcess")} | ${x(ratio(q.latency.oursInProcess!.p50, q.latency.floor!.p50))} | ${pp(q, "ours")} | ${overHttp} | ${x(ratio(q.latency.ours!.p50, q.latency.floor!.p50))} | ${q.roundTrips.ours ?? "–"} | ${cpu(q, "floor")} / ${cpu(q, "ours")} | ${same(q, "floor")}${q.sameAnswer.floorHttp === false ? " (over HTTP: **no**)" : ""} |`,
      );
    }
  }
  return [...out, ``];
}

function scale(steps: ScaleStep[]): string[] {
  const out = [`## 4. Scale`, ``, `| scale | plans | outline items | nodes | relationships | store MiB |`, `|---|---|---|---|---|---|`];
  for (const s of steps) out.push(`| ${s.scale} | ${s.graph.plans} | ${s.graph.tasks} | ${s.graph.nodes} | ${s.graph.relationships} | ${s.graph.storeMiB} |`);
  out.push(``, `Ingest of the documents each step added (parse + load, one transaction per document, as \`npm run ingest\`):`, ``);
  out.push(`| scale | documents | seconds (parse / load) | docs/s | nodes/s | relationships/s | load ms, first → last tenth | slowest load ms | Node peak RSS MiB | Neo4j RSS MiB |`, `|---|---|---|---|---|---|---|---|---|---|`);
  for (const s of steps) {
    const i = s.ingest;
    out.push(`| ${s.scale} | ${i.documents} | ${i.seconds} (${i.parseSeconds} / ${i.loadSeconds}) | ${i.documentsPerSecond} | ${i.nodesPerSecond} | ${i.relationshipsPerSecond} | ${i.firstTenthLoadMs} → ${i.lastTenthLoadMs} | ${i.slowestLoadMs} | ${i.nodePeakRssMiB} | ${i.neo4jRssMiB ?? "–"} |`);
  }
  const failed = steps.flatMap((s) => s.ingest.failed);
  if (failed.length) {
    // One reason per kind of refusal: region names vary from document to document.
    const reason = (m: string) => m.replace(/^.*?: /, "").replace(/[\u4e00-\u9fff]{2,12}?(?:壮族自治区|回族自治区|维吾尔自治区|自治区|省|市|县|区)(?=,| was)/g, "<region>");
    const reasons = new Map<string, number>();
    for (const f of failed) reasons.set(reason(f.message), (reasons.get(reason(f.message)) ?? 0) + 1);
    out.push(``, `**The loader refused ${failed.length} documents** (the run went on without them): ${[...reasons].map(([m, n]) => `${n} × "${m}"`).join("; ")}. First: ${failed[0].file}: ${failed[0].message}`);
  }
  const problems = steps.flatMap((s) => s.ingest.verifyProblems);
  out.push(``, problems.length ? `**${problems.length} generated documents did not parse as printed**, e.g. ${problems.slice(0, 3).join("; ")}` : `Every generated document parsed back with the counts, title, style and paths the generator printed.`, ``);
  const names = steps[0]?.queries.map((q) => q.query) ?? [];
  out.push(`Contract queries over HTTP as the graph grows (ours, p50 / p99 ms):`, ``, `| query | ${steps.map((s) => s.scale).join(" | ")} |`, `|---|${steps.map(() => "---").join("|")}|`);
  for (const n of names) out.push(`| ${n} | ${steps.map((s) => pp(s.queries.find((q) => q.query === n)!, "ours")).join(" | ")} |`);
  out.push(``, `Lineage (src/lineage \`updateLineage\`, run for the plans each step added), scored against the generator's truth:`, ``);
  out.push(`| scale | plans computed | seconds | ms per plan | precision | recall | precision / recall, tasks and box items only | Node peak RSS MiB | Neo4j RSS MiB |`, `|---|---|---|---|---|---|---|---|---|`);
  for (const s of steps) {
    const l = s.lineage;
    if (!l.available) {
      out.push(`| ${s.scale} | not available: ${l.reason} | | | | | | | |`);
      continue;
    }
    const sc = l.score;
    out.push(
      `| ${s.scale} | ${l.plans}${l.partial ? ` of ${l.planned} (time budget)` : ""}${l.error ? ` (failed: ${l.error})` : ""} | ${l.seconds} | ${l.msPerPlan} | ${sc ? sc.precision : "–"} | ${sc ? sc.recall : "–"} | ${sc ? `${sc.items.precision} / ${sc.items.recall}` : "–"} | ${l.nodePeakRssMiB} | ${l.neo4jRssMiB ?? "–"} |`,
    );
  }
  return [...out, ``];
}

function load(r: BenchResults): string[] {
  if (!r.load) return [];
  const out = [
    `## 5. Sustained load (ours, ${r.load.scale})`,
    ``,
    `| concurrency | seconds | requests | errors | req/s | p50 / p90 / p99 ms | CPU ms per request, server + Neo4j |`,
    `|---|---|---|---|---|---|---|`,
  ];
  for (const l of r.load.ours) {
    out.push(`| ${l.concurrency} | ${l.seconds} | ${l.requests} | ${l.errors} | ${l.throughput} | ${ms(l.latency.p50)} / ${ms(l.latency.p90)} / ${ms(l.latency.p99)} | ${lc(l)} |`);
  }
  const errors = r.load.ours.flatMap((l) => l.firstErrors);
  if (errors.length) out.push(``, `First errors: ${errors.slice(0, 3).join("; ")}`);
  return [...out, ``];
}

/**
 * The floor an HTTP answer is held to: the floor behind a bare HTTP handler, the same
 * transport as ours; a run from before that way existed has only the floor in process.
 */
const floorOverHttp = (q: QueryComparison) => (q.latency.floorHttp ?? q.latency.floor!).p50;

/** The bars of issue 15, uncached, side by side in this run. */
export const TARGETS = { peerP50: 0.8, peerP99: 1.0, throughput: 1.3, throughputAt: [16, 64], floorP50: 1.5 };

function targets(r: BenchResults): string[] {
  const compared = r.steps.flatMap((s) => s.queries.filter((q) => q.latency.peer).map((q) => ({ s, q })));
  const worst = (values: { v: number; at: string }[]) => values.reduce((a, b) => (b.v > a.v ? b : a), { v: -Infinity, at: "–" });
  const p50 = worst(compared.map(({ s, q }) => ({ v: ratio(q.latency.ours!.p50, q.latency.peer!.p50), at: `${s.scale} ${q.query}` })));
  const p99 = worst(compared.map(({ s, q }) => ({ v: ratio(q.latency.ours!.p99, q.latency.peer!.p99), at: `${s.scale} ${q.query}` })));
  const overFloor = worst(r.steps.flatMap((s) => s.queries.map((q) => ({ v: ratio(q.latency.ours!.p50, floorOverHttp(q)), at: `${s.scale} ${q.query}` }))));
  const overFloorInProcess = worst(r.steps.flatMap((s) => s.queries.map((q) => ({ v: ratio(q.latency.ours!.p50, q.latency.floor!.p50), at: `${s.scale} ${q.query}` }))));
  const loads = (r.load?.ours ?? []).filter((o) => TARGETS.throughputAt.includes(o.concurrency));
  const throughputs = loads.map((o) => {
    const p = r.load!.peer.find((l) => l.concurrency === o.concurrency);
    return { c: o.concurrency, v: p ? ratio(o.throughput, p.throughput) : NaN, errors: o.errors + (p?.errors ?? 0) };
  });
  const trips = r.steps.flatMap((s) => (s.examples ?? []).map((e) => ({ s, e })));
  const wrongTrips = trips.filter(({ e }) => e.roundTrips !== e.rootFields || e.errors);
  const mark = (ok: boolean) => (ok ? "met" : "**not met**");
  const out = [`## Targets (issue 15)`, ``, `Uncached (plain POSTs, no ETag sent), measured side by side in this run; cached answers are in section 6.`, ``, `| target | worst in this run | |`, `|---|---|---|`];
  out.push(`| p50 ≤ ${TARGETS.peerP50}× @neo4j/graphql, every compared query at every scale | ${x(p50.v)} (${p50.at}) | ${mark(p50.v <= TARGETS.peerP50)} |`);
  out.push(`| p99 ≤ ${TARGETS.peerP99}× @neo4j/graphql | ${x(p99.v)} (${p99.at}) | ${mark(p99.v <= TARGETS.peerP99)} |`);
  for (const t of throughputs) out.push(`| throughput ≥ ${TARGETS.throughput}× the peer's at concurrency ${t.c}, zero errors | ${x(t.v)}, ${t.errors} errors | ${mark(t.v >= TARGETS.throughput && t.errors === 0)} |`);
  if (!throughputs.length) out.push(`| throughput ≥ ${TARGETS.throughput}× the peer's at concurrency ${TARGETS.throughputAt.join(" and ")} | not measured | **not met** |`);
  out.push(`| p50 over HTTP ≤ ${TARGETS.floorP50}× the hand-written floor over HTTP (a bare node:http handler) | ${x(overFloor.v)} (${overFloor.at}) | ${mark(overFloor.v <= TARGETS.floorP50)} |`);
  out.push(`| stricter, for reference: p50 over HTTP ≤ ${TARGETS.floorP50}× the floor in the benchmark's process (no HTTP) | ${x(overFloorInProcess.v)} (${overFloorInProcess.at}) | ${mark(overFloorInProcess.v <= TARGETS.floorP50)} |`);
  out.push(
    `| round trips per request = root fields, every example at every scale | ${trips.length ? `${trips.length - wrongTrips.length} of ${trips.length} requests` : "not measured"} | ${mark(trips.length > 0 && !wrongTrips.length)} |`,
  );
  return [...out, ``];
}

function examples(steps: ScaleStep[]): string[] {
  const files = steps[0]?.examples?.map((e) => e.file) ?? [];
  if (!files.length) return [];
  const out = [`Round trips per request of every example in examples/ over HTTP (\`extensions.cost.dbRoundTrips\`), against its root fields:`, ``];
  out.push(`| example | root fields | ${steps.map((s) => s.scale).join(" | ")} |`, `|---|---|${steps.map(() => "---").join("|")}|`);
  for (const f of files) {
    const cells = steps.map((s) => {
      const e = s.examples?.find((x) => x.file === f);
      return e ? `${e.roundTrips}${e.errors ? ` (errors: ${e.errors})` : ""}` : "–";
    });
    out.push(`| ${f} | ${steps[0].examples!.find((e) => e.file === f)!.rootFields} | ${cells.join(" | ")} |`);
  }
  return [...out, ``];
}

function cached(r: BenchResults): string[] {
  const steps = r.steps.filter((s) => s.cached?.length);
  if (!steps.length) return [];
  const out = [`## 6. Cached answers (apart from every figure above)`, ``];
  out.push(
    `The same contract queries as persisted queries asked by hash with GET (a full answer, 200), and the same GET with the answer's ETag in If-None-Match (304: one read of the graph's version, no GraphQL). Uncached POST p50 from section 2 for comparison.`,
    ``,
    `| scale | query | uncached POST p50 | GET by hash p50 / p99 | 304 p50 / p99 | 304 ÷ uncached (p50) | as expected |`,
    `|---|---|---|---|---|---|---|`,
  );
  for (const s of steps) {
    for (const c of s.cached!) {
      const q = s.queries.find((x) => x.query === c.query);
      out.push(
        `| ${s.scale} | ${c.query} | ${q ? ms(q.latency.ours!.p50) : "–"} | ${ms(c.persisted.p50)} / ${ms(c.persisted.p99)} | ${ms(c.notModified.p50)} / ${ms(c.notModified.p99)} | ${q ? x(ratio(c.notModified.p50, q.latency.ours!.p50)) : "–"} | ${c.ok ? "yes" : "**no**"} |`,
      );
    }
  }
  if (r.load?.cached?.length) {
    out.push(``, `Conditional requests under load (${r.load.scale}, the contract mix, each answered 304):`, ``);
    out.push(`| concurrency | req/s | p50 / p99 | uncached req/s (section 2) | CPU ms per request, server + Neo4j | errors |`, `|---|---|---|---|---|---|`);
    for (const c of r.load.cached) {
      const u = r.load.ours.find((o) => o.concurrency === c.concurrency);
      out.push(`| ${c.concurrency} | ${c.throughput} | ${lp(c)} | ${u?.throughput ?? "–"} | ${lc(c)} | ${c.errors} |`);
    }
  }
  return [...out, ``];
}

/** Every comparison where we lose, computed, so that none hides in a table. */
function losses(r: BenchResults): string[] {
  const out: string[] = [];
  for (const s of r.steps) {
    for (const q of s.queries) {
      if (q.latency.peer) {
        const p50 = ratio(q.latency.ours!.p50, q.latency.peer.p50);
        const p99 = ratio(q.latency.ours!.p99, q.latency.peer.p99);
        if (p50 > TARGETS.peerP50 || p99 > TARGETS.peerP99) out.push(`- ${s.scale} ${q.query}: against @neo4j/graphql p50 ${x(p50)}, p99 ${x(p99)} (targets ≤ ${TARGETS.peerP50}×, ≤ ${TARGETS.peerP99}×)`);
      }
      const overhead = ratio(q.latency.ours!.p50, floorOverHttp(q));
      if (overhead > TARGETS.floorP50) out.push(`- ${s.scale} ${q.query}: ${x(overhead)} the floor over HTTP at p50 (target ≤ ${TARGETS.floorP50}×)`);
      for (const [w, ok] of Object.entries(q.sameAnswer)) if (!ok) out.push(`- ${s.scale} ${q.query}: ${w} gave a different answer than ours (${(q.diffs?.[w as Way] ?? []).join("; ")})`);
    }
  }
  for (const s of r.steps) {
    for (const e of s.examples ?? []) if (e.roundTrips !== e.rootFields || e.errors) out.push(`- ${s.scale} examples/${e.file}: ${e.roundTrips} round trips for ${e.rootFields} root fields${e.errors ? `, errors ${e.errors}` : ""}`);
  }
  const refused = r.steps.reduce((n, s) => n + s.ingest.failed.length, 0);
  if (refused) out.push(`- ingest: the loader refused ${refused} generated documents (see section 4)`);
  for (const o of r.load?.ours ?? []) {
    const p = r.load!.peer.find((l) => l.concurrency === o.concurrency);
    const bar = TARGETS.throughputAt.includes(o.concurrency) ? TARGETS.throughput : 1;
    if (p && o.throughput < p.throughput * bar) out.push(`- load at concurrency ${o.concurrency}: ${x(ratio(o.throughput, p.throughput))} the peer's throughput (target ≥ ${bar}×)`);
    if (o.errors) out.push(`- load at concurrency ${o.concurrency}: ${o.errors} errors`);
  }
  return [`## Where we lose`, ``, ...(out.length ? out : ["- nowhere in this run"]), ``];
}
