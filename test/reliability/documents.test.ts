import * as fs from "fs";
import * as path from "path";
import { Database } from "../../src/db";
import { loadDocument } from "../../src/ingest/load";
import { IngestError } from "../../src/ingest/normalize/errors";
import { parseDocument } from "../../src/ingest/parse";
import { readDocument } from "../../src/ingest/pipeline";
import { testConfig } from "../setup/test-config";
import { spawnTs } from "./support/child";
import { removePlan, snapshot, snapshotWithout } from "./support/graph";

/**
 * Bad documents against the shared test graph: each is refused with one clear
 * IngestError, or loads what is sound with warnings naming the lines. The graph is
 * fingerprinted first; refused documents must leave it identical, loaded ones must
 * leave every other plan identical, and removing them must restore it exactly.
 */
const config = testConfig();
const root = config.projectRoot;
const seed = (name: string) => fs.readFileSync(path.join(root, "seeds", name));
const TIBET = seed("001_aa40d479269d3f1a.txt");
const SICHUAN = seed("000_1cc9d6698810e7a5.txt");
/**
 * The same text under a title of its own (`tag` names the damage): a document with the
 * title (and 文号) of a loaded plan is that plan, and would replace it; these damaged
 * copies are meant to load beside the seeds and beside each other.
 */
const DAMAGE: Record<string, string> = { "rel-tibet-cut": "残缺", "rel-sichuan-annex": "附件", "rel-tibet-skip": "跳号" };
const anotherDocument = (text: string, stem: string) => text.replace(/^(.*?)((?:实施)?意见|规划)$/m, `$1${DAMAGE[stem]}补充$2`);
const lines = (b: Buffer) => b.toString("utf8").split("\n");
/** Lines 1..n-1 whole, then the first `chars` characters of line n. */
const cutAt = (b: Buffer, n: number, chars: number) => Buffer.from([...lines(b).slice(0, n - 1), lines(b)[n - 1].slice(0, chars)].join("\n"));

let db: Database;
let original: string;
beforeAll(async () => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
  original = await snapshot(db);
});
afterAll(async () => {
  for (const id of ["Plan:rel-tibet-cut", "Plan:rel-sichuan-annex", "Plan:rel-tibet-skip", "Plan:rel-tibet-copy"]) await removePlan(db, id);
  expect(await snapshot(db)).toBe(original);
  await db.close();
});

const load = async (file: string, bytes: Buffer) => loadDocument(db, await readDocument(file, bytes), { projectRoot: root });
/** An OLE compound file's header and a directory naming Word 97–2003's main stream: what a legacy .doc starts with. */
const LEGACY_DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0), Buffer.from("WordDocument", "utf16le"), Buffer.alloc(52, 0)]);

describe("documents that are refused with one clear error, leaving the graph as it was", () => {
  it.each<[string, () => Buffer, RegExp]>([
    ["an empty file", () => Buffer.alloc(0), /rel-doc.txt: the file is empty/],
    ["a file of only whitespace", () => Buffer.from(" \n\u3000\n\t\n"), /the file holds only whitespace/],
    ["a binary file", () => Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n"), Buffer.alloc(64, 0)]), /rel-doc.txt: binary file \(it contains NUL bytes\) that is not a known document format/],
    ["a legacy binary Word document", () => LEGACY_DOC, /rel-doc.txt: legacy binary Word document \(\.doc, Word 97–2003\).*save it as \.docx/],
    ["a plan cut short in the middle of its indicator table", () => cutAt(SICHUAN, 114, 20), /no outline found .*cut short or not a plan of the known families/],
    ["a plan cut short before its outline", () => cutAt(TIBET, 8, 5), /no (outline|task) found/],
    ["plain English prose", () => Buffer.from("This is not a policy plan.\nIt has two lines.\n"), /rel-doc.txt: /],
  ])("%s", async (_what, bytes, message) => {
    let error: unknown;
    try {
      await load("test/reliability/rel-doc.txt", bytes());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(db)).toBe(original);
  });

  it("a copy of a loaded plan under another file name is that plan: nothing is duplicated or changed", async () => {
    const result = await load("test/reliability/rel-tibet-copy.txt", TIBET);
    expect(result).toMatchObject({ planId: "Plan:001_aa40d479269d3f1a", outcome: "unchanged", replacedFile: "seeds/001_aa40d479269d3f1a.txt" });
    expect(await snapshot(db)).toBe(original);
  });

  it("by the ingest command: one bad file among good ones stops the run before anything is written", async () => {
    const dir = path.join(root, ".neo4j", "rel-documents");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "rel-legacy.doc"), LEGACY_DOC);
    fs.writeFileSync(path.join(dir, "rel-tibet-skip.txt"), anotherDocument(TIBET.toString("utf8").replace(/^(\s*)12\./m, "$114."), "rel-tibet-skip"));
    const child = spawnTs("scripts/ingest.ts", [path.join(dir, "rel-tibet-skip.txt"), path.join(dir, "rel-legacy.doc")], { NEO4J_URI: process.env.TEST_NEO4J_URI! });
    expect(await child.exited).toBe(1);
    const refused = child.output().stderr.split("\n").filter((l) => l.startsWith("ingest refused"));
    expect(refused).toEqual([expect.stringMatching(/^ingest refused: .*rel-legacy.doc: legacy binary Word document/)]);
    expect(await snapshot(db)).toBe(original);
  });
});

describe("documents that load what is sound, with warnings naming the lines, and damage nothing else", () => {
  /** Loads under a new plan id, checks every other plan is untouched, returns the warnings. */
  async function loadBeside(file: string, text: Buffer | string) {
    const doc = parseDocument(file, Buffer.from(anotherDocument(text.toString(), path.basename(file, ".txt"))));
    expect(doc.meta.title).toMatch(new RegExp(`${DAMAGE[path.basename(file, ".txt")]}补充(?:(?:实施)?意见|规划)$`));
    const planId = `Plan:${path.basename(file, ".txt")}`;
    const others = await snapshotWithout(db, planId);
    const result = await loadDocument(db, doc, { projectRoot: root });
    expect(result).toMatchObject({ planId, outcome: "created" });
    expect(await snapshotWithout(db, planId)).toBe(others);
    return { doc, result };
  }

  it("a plan cut short inside a unit clause: the tasks before it load, the clause's line is named", async () => {
    // Line 128 is task 20's text; the cut leaves 〔牵头单位:区 open.
    const line = lines(TIBET)[127];
    const bytes = cutAt(TIBET, 128, line.indexOf("牵头单位") + 6);
    const { doc, result } = await loadBeside("test/reliability/rel-tibet-cut.txt", bytes);
    expect(doc.warnings).toContainEqual({ line: 128, message: expect.stringMatching(/a unit clause opens here and never closes/) });
    expect(result.counts.tasks).toBe(29);
  });

  it("a plan cut short inside an annex table: the rows before the cut load, the last line is named", async () => {
    const all = lines(SICHUAN);
    const text = [...all, "", ...all.slice(103, 113), all[113].slice(0, 20)].join("\n");
    const { doc } = await loadBeside("test/reliability/rel-sichuan-annex.txt", Buffer.from(text));
    const last = text.split("\n").length;
    expect(doc.warnings).toContainEqual({ line: last, message: expect.stringMatching(/ends inside an indicator table/) });
    expect(doc.tasks.length).toBe(118);
  });

  it("a plan whose numbering skips (task 12 printed as 14): every task loads, the lines are named", async () => {
    const bytes = Buffer.from(TIBET.toString("utf8").replace(/^(\s*)12\./m, "$114."));
    const { doc } = await loadBeside("test/reliability/rel-tibet-skip.txt", bytes);
    expect(doc.warnings).toEqual(
      expect.arrayContaining([
        { line: 80, message: "item 14 follows item 11: a number is missing or repeated" },
        { line: 84, message: "item 13 follows item 14: a number is missing or repeated" },
      ]),
    );
    expect(doc.tasks.filter((t) => t.kind === "TASK")).toHaveLength(22);
  });
});
