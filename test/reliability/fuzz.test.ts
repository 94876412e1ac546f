import * as fs from "fs";
import * as path from "path";
import { buildGraphBatch } from "../../src/ingest/graph-model";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { IngestError } from "../../src/ingest/normalize/errors";
import { findFurniture } from "../../src/ingest/normalize/furniture";
import { paragraphs } from "../../src/ingest/normalize/paragraphs";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { parseDocument } from "../../src/ingest/parse";
import { findReferences } from "../../src/ingest/parse/citations";
import { readCover } from "../../src/ingest/parse/cover";
import { findDeadlines } from "../../src/ingest/parse/deadlines";
import { indicatorConcept, parseIndicators, parseIndicatorValue } from "../../src/ingest/parse/indicators";
import { splitUnit } from "../../src/ingest/parse/indicators/row";
import { parseMeta } from "../../src/ingest/parse/meta";
import { chineseNumber, matchMarker } from "../../src/ingest/parse/numbering";
import { parseOutline } from "../../src/ingest/parse/outline";
import { findPeriod } from "../../src/ingest/parse/period";
import { findRegion } from "../../src/ingest/parse/regions";
import { findTitle } from "../../src/ingest/parse/title";
import { findActing, findUnitClauses } from "../../src/ingest/parse/units";

/**
 * Every parser over mutated excerpts of the seeds: windows of lines cut, doubled,
 * shuffled, truncated, salted with the characters the parsers key on, and bytes
 * flipped. A fixed-seed PRNG makes every run the same cases; a failing case prints
 * its number and seed so it can be replayed. Bounded: CASES cases.
 *
 * No case is held to a time budget: on a shared 2-core machine a wall-clock bound either
 * flakes or is widened until it says little. A parser that hangs (a regular expression that
 * backtracks without end) never returns, and the run fails by the suite's timeout; the
 * slowest case is printed for a reader, and speed is the benchmark's business.
 */
const CASES = Number(process.env.RELIABILITY_FUZZ_CASES ?? 1_000);
const SEED = 0x5eed_2025;

const SEEDS_DIR = path.join(__dirname, "../../seeds");
const seeds = fs
  .readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), "utf8").split("\n"));

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the parsers key on: brackets of unit clauses, numbering, table separators, page breaks, odd whitespace. */
const SALT = ["〔", "〕", "(", ")", "（", "）", "【", "】", "牵头单位:", "责任单位：", "、", ";", "。", "第一章", "第二节", "一、", "(一)", "1.", "12.", "①", "——", "专栏3", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u3000", "#", "**", "<sup>①</sup>", "2025年", "到2035年底前", "≥", "%", "——", "-", "主要指标\t2020年\t2025年\t指标属性", "约束性", "预期性", "《", "》", "\u0000", "\ufeff", "\ud800", "𠀀", "A", "9".repeat(30)];

function mutate(lines: string[], rand: () => number): Uint8Array {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const start = Math.floor(rand() * lines.length);
  // A window of lines, or now and then the whole document.
  let out = rand() < 0.25 ? [...lines] : lines.slice(start, start + 10 + Math.floor(rand() * 150));
  if (rand() < 0.3) out = [...lines.slice(0, 20), ...out]; // keep the title and cover sometimes
  for (let n = Math.floor(rand() * 6); n > 0; n--) {
    const i = Math.floor(rand() * out.length);
    switch (Math.floor(rand() * 7)) {
      case 0: out.splice(i, 1 + Math.floor(rand() * 5)); break;
      case 1: out.splice(i, 0, ...out.slice(i, i + 1 + Math.floor(rand() * 5))); break;
      case 2: { const j = Math.floor(rand() * out.length); [out[i], out[j]] = [out[j], out[i]]; break; }
      case 3: out[i] = (out[i] ?? "").slice(0, Math.floor(rand() * (out[i]?.length ?? 0))); break;
      case 4: { const l = out[i] ?? ""; const at = Math.floor(rand() * (l.length + 1)); out[i] = l.slice(0, at) + pick(SALT) + l.slice(at); break; }
      case 5: out[i] = (out[i] ?? "").repeat(2 + Math.floor(rand() * 20)); break;
      default: out = out.slice(0, i); break;
    }
  }
  const bytes = Buffer.from(out.join(rand() < 0.1 ? "\r\n" : "\n"), "utf8");
  if (rand() < 0.1 && bytes.length) bytes[Math.floor(rand() * bytes.length)] ^= 1 << Math.floor(rand() * 8);
  return bytes;
}

/** Each stage on its own (as far as its inputs can be built), then the whole pipeline. */
function runEveryParser(file: string, bytes: Uint8Array): "parsed" | "refused" {
  let text: string;
  try {
    text = decodeDocument(bytes, file);
  } catch (e) {
    if (e instanceof IngestError) return "refused";
    throw e;
  }
  const source = new SourceText(file, text);
  const skip = new Set(findFurniture(source.lines).map((d) => d.line));
  const indicators = parseIndicators(source, skip);
  const paras = paragraphs(source, skip);
  parseOutline(source, paras, indicators.tableLines);
  for (const p of paras.slice(0, 200)) {
    findUnitClauses(p.text);
    findActing(p.text);
    findDeadlines(p.text);
    matchMarker(p.text);
    chineseNumber(p.text.slice(0, 8));
    findRegion(p.text);
  }
  findTitle(paras);
  readCover(paras.slice(0, 20), paras);
  findReferences(paras.slice(0, 30), paras.slice(30, 60), "");
  findPeriod(paras[0]?.text ?? "", paras.slice(0, 10).map((p) => p.text).join(""), text);
  for (const row of indicators.rows) {
    indicatorConcept(row.name);
    splitUnit(row.name);
    parseIndicatorValue(row.target ?? "");
  }
  try {
    parseMeta(source, paras);
    buildGraphBatch(parseDocument(file, bytes));
    return "parsed";
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    expect(e.message.startsWith(`${file}: `)).toBe(true);
    return "refused";
  }
}

describe(`every parser over ${CASES} mutated excerpts of the seeds (seed ${SEED.toString(16)})`, () => {
  it(
    "never crashes: each case returns a result or an IngestError",
    () => {
      const rand = prng(SEED);
      let slowest = 0;
      const outcomes = { parsed: 0, refused: 0 };
      for (let n = 0; n < CASES; n++) {
        const bytes = mutate(seeds[n % seeds.length], rand);
        const started = performance.now();
        try {
          outcomes[runEveryParser(`fuzz/case-${n}.txt`, bytes)]++;
        } catch (e) {
          throw new Error(`case ${n} (seed ${SEED}) crashed: ${(e as Error).stack}\n--- input ---\n${Buffer.from(bytes).toString("utf8").slice(0, 2000)}`);
        }
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
      }
      console.log(`fuzz: ${CASES} cases (${outcomes.parsed} parsed, ${outcomes.refused} refused), slowest ${Math.round(slowest)} ms`);
      // The mutations must leave both kinds of case, or the fuzz tests only one path.
      expect(outcomes.parsed).toBeGreaterThan(CASES / 10);
      expect(outcomes.refused).toBeGreaterThan(CASES / 10);
    },
    120_000,
  );
});
