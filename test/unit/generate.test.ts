import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateCorpus, taskIdOf, type TruthFile } from "../../src/generate";
import { verifyCorpus } from "../../src/generate/verify";
import type { PlanDocument } from "../../src/ingest/model";
import { parseDocument } from "../../src/ingest/parse";

const SEEDS = path.resolve(__dirname, "../../seeds");

describe("the national-scale generator", () => {
  let dir: string;
  let truth: TruthFile;
  const parsed = new Map<string, PlanDocument>();

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-generate-"));
    // 1 national + 31 provinces + 8 cities: every layout and level but the county.
    truth = generateCorpus({ plans: 40, seed: 7, outDir: dir, seedsDir: SEEDS });
    for (const d of truth.documents) parsed.set(d.file, parseDocument(d.file, fs.readFileSync(path.join(dir, d.file))));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the requested number of documents and a truth file describing each", () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(40);
    expect(truth.documents.map((d) => d.file).sort()).toEqual(files.sort());
    expect(JSON.parse(fs.readFileSync(path.join(dir, "truth.json"), "utf8"))).toEqual(truth);
    const levels = new Set(truth.documents.map((d) => d.level));
    expect([...levels].sort()).toEqual(["AUTONOMOUS_REGION", "CITY", "NATIONAL", "PROVINCE"]);
    expect(new Set(truth.documents.map((d) => d.layout))).toEqual(new Set(["chapter-section", "numbered-opinion", "markdown-pdf"]));
  });

  it("prints documents that the real parsers read back with the counts and titles intended", () => {
    const { problems } = verifyCorpus(dir, truth.documents);
    expect(problems).toEqual([]);
  });

  it("rewrites the same documents in other layouts, which read back the same, when asked for mixed transforms", () => {
    const mixedDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-generate-mixed-"));
    try {
      const mixed = generateCorpus({ plans: 120, seed: 7, outDir: mixedDir, seedsDir: SEEDS, transforms: "mixed" });
      const names = new Set(mixed.documents.map((d) => d.transform));
      // Every transform of the mix is drawn in 120 documents at seed 7, and a third stay as printed.
      expect(names).toEqual(
        new Set([
          undefined,
          "markdown",
          "other-script",
          "full-width",
          "half-width+enum-dot",
          "enum-comma",
          "pdf-wraps-36",
          "pdf-wraps-31",
          "other-script+markdown",
          "markdown+pdf-wraps-36",
          "other-script+full-width+enum-comma+pdf-wraps-31+crlf",
          "bom+crlf",
        ]),
      );
      expect(verifyCorpus(mixedDir, mixed.documents).problems).toEqual([]);
      const first = truth.documents[0].file;
      const same = mixed.documents.find((d) => d.file === first && d.transform === undefined);
      if (same) expect(fs.readFileSync(path.join(mixedDir, first))).toEqual(fs.readFileSync(path.join(dir, first)));
    } finally {
      fs.rmSync(mixedDir, { recursive: true, force: true });
    }
  });

  it("makes every plan but the national one cite its parent by exact title in its preamble", () => {
    const byFile = new Map(truth.documents.map((d) => [d.file, d]));
    for (const d of truth.documents.slice(1)) {
      const doc = parsed.get(d.file)!;
      expect(doc.meta.cites.map((c) => c.title)).toContain(byFile.get(d.parentFile!)!.title);
    }
  });

  it("names in the truth only task paths that exist in the parsed child and parent documents", () => {
    const tasks = new Map<string, string>();
    for (const d of truth.documents) {
      for (const t of parsed.get(d.file)!.tasks) tasks.set(taskIdOf(d.file, t.path), t.kind);
    }
    const links = truth.documents.flatMap((d) => d.links.map((l) => ({ ...l, file: d.file, parentFile: d.parentFile! })));
    expect(links.length).toBeGreaterThan(1000);
    for (const l of links) {
      expect(tasks.get(taskIdOf(l.file, l.path))).toBe(l.kind);
      expect(tasks.get(taskIdOf(l.parentFile, l.upstream))).toBe(l.kind);
    }
  });

  it("gives opinion tasks unit clauses that the parser reads as lead and responsible units", () => {
    const opinion = truth.documents.find((d) => d.layout === "numbered-opinion")!;
    const tasks = parsed.get(opinion.file)!.tasks.filter((t) => t.kind === "TASK");
    const led = tasks.filter((t) => t.units.some((u) => u.role === "LEAD"));
    expect(led.length / tasks.length).toBeGreaterThan(0.8);
    expect(tasks.some((t) => t.units.some((u) => u.role === "RESPONSIBLE"))).toBe(true);
  });

  it("writes the same corpus for the same seed", () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-generate-"));
    try {
      generateCorpus({ plans: 5, seed: 7, outDir: again, seedsDir: SEEDS });
      for (const f of fs.readdirSync(again)) {
        if (f !== "truth.json") expect(fs.readFileSync(path.join(again, f), "utf8")).toBe(fs.readFileSync(path.join(dir, f), "utf8"));
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });
});
