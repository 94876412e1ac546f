import * as fs from "fs";
import * as path from "path";
import { toSimplified } from "../../src/common/text-keys";
import { inProcessGraph } from "../setup/in-process";
import { expectedSeedTaskLinks, linksOfPlan } from "../setup/seed-lineage";

/** Every aligned sentence of a link is quoted as printed and points at its line of the seed document itself. */
const graph = inProcessGraph();
const config = graph.config;

async function run(source: string, variables?: Record<string, unknown>) {
  const { data, errors } = await graph.run(source, variables);
  expect(errors).toBeUndefined();
  return data;
}

const QINGYUAN = "Plan:002_0f323f1820598f05";
const SICHUAN = "Plan:000_1cc9d6698810e7a5";
const SICHUAN_FILE = "seeds/000_1cc9d6698810e7a5.txt";

/**
 * How many aligned sentence pairs the evidence of a plan's links quotes, as the pure pipeline aligns them: its
 * SAME_TASK_AS, COVERS and ELABORATES links, each as read from its ends in the plan.
 */
const alignedCount = (planId: string) => {
  const mine = `Task:${planId.slice("Plan:".length)}:`;
  // A link is read from each of its ends in the plan: an ELABORATES (box and task of one plan) twice.
  return linksOfPlan(expectedSeedTaskLinks(), planId).reduce((n, l) => n + l.aligned * (l.a.startsWith(mine) && l.b.startsWith(mine) ? 2 : 1), 0);
};

/** The seed file's lines, read as the test's own witness (not through the parser). */
const lines = new Map<string, string[]>();
function documentLines(file: string): string[] {
  if (!lines.has(file)) lines.set(file, fs.readFileSync(path.join(config.projectRoot, file), "utf8").split("\n").map((l) => l.replace(/\r$/, "")));
  return lines.get(file)!;
}

interface Printed {
  file: string;
  compared: string;
  text: string;
  line: number;
  endLine: number;
}

/** Both sides of every aligned sentence of the plan's task links, seen from the plan's own tasks. */
async function alignedOf(planId: string): Promise<{ mine: Printed[]; theirs: Printed[]; evidence: string[] }> {
  const data = await run(
    `query($id: ID!) { plan(id: $id) { tasks(first: 500) { nodes { source { file } lineage {
       to { source { file } } evidence
       alignedSentences { fromSentence toSentence fromText fromLine fromEndLine toText toLine toEndLine } } } } } }`,
    { id: planId },
  );
  const out = { mine: [] as Printed[], theirs: [] as Printed[], evidence: [] as string[] };
  for (const t of data.plan.tasks.nodes) {
    for (const l of t.lineage) {
      out.evidence.push(...l.evidence);
      for (const a of l.alignedSentences) {
        out.mine.push({ file: t.source.file, compared: a.fromSentence, text: a.fromText, line: a.fromLine, endLine: a.fromEndLine });
        out.theirs.push({ file: l.to.source.file, compared: a.toSentence, text: a.toText, line: a.toLine, endLine: a.toEndLine });
      }
    }
  }
  return out;
}

function expectPrintedAtItsLine(p: Printed) {
  const doc = documentLines(p.file);
  expect(p.line).toBeGreaterThanOrEqual(1);
  expect(p.endLine).toBeGreaterThanOrEqual(p.line);
  if (p.endLine === p.line) expect(doc[p.line - 1]).toContain(p.text);
  // A sentence a page break splits runs over the lines from `line` to `endLine`, as printed.
  else expect(doc.slice(p.line - 1, p.endLine).join("\n")).toContain(p.text);
}

describe("aligned sentences as printed", () => {
  it("quote 清远's sentences in traditional characters, each found on the line of the seed file it names", async () => {
    const { mine, evidence } = await alignedOf(QINGYUAN);
    expect(mine.length).toBe(alignedCount(QINGYUAN));
    for (const p of mine) {
      expect(p.file).toBe("seeds/002_0f323f1820598f05.txt");
      expectPrintedAtItsLine(p);
    }
    // Compared in simplified script, printed in traditional: the printed text is not what was compared.
    // Each quote is checked above against its line of the file. How many hold a character that
    // simplifies differently is the documents' business (a short sentence may use only shared
    // characters); that some do, and that those differ from what was compared, is the claim.
    const traditional = mine.filter((p) => toSimplified(p.text) !== p.text);
    expect(traditional).not.toEqual([]);
    for (const p of traditional) expect(p.text).not.toBe(p.compared);
    const oneLine = traditional.find((p) => p.line === p.endLine)!;
    expect(evidence.some((e) => e.includes(`「${oneLine.text}」 (line ${oneLine.line})`))).toBe(true);
  });

  it("quote the simplified-script plan on the other side of 清远's links at their lines too", async () => {
    const { theirs } = await alignedOf(QINGYUAN);
    for (const p of theirs) expectPrintedAtItsLine(p);
    // Qingyuan is linked to a task of each of the four other seed plans.
    expect([...new Set(theirs.map((p) => p.file))].sort()).toEqual(["seeds/000_1cc9d6698810e7a5.txt", "seeds/001_aa40d479269d3f1a.txt", "seeds/003_3805f0e95e16182c.txt", "seeds/004_5a087b0cd4345386.txt"]);
  });

  it("quote 四川's sentences as printed (full-width punctuation kept) at their lines", async () => {
    const { mine } = await alignedOf(SICHUAN);
    expect(mine.length).toBe(alignedCount(SICHUAN));
    for (const p of mine) {
      expect(p.file).toBe("seeds/000_1cc9d6698810e7a5.txt");
      expectPrintedAtItsLine(p);
    }
  });

  it("gives the same quotes whichever task the link is read from", async () => {
    const tibet = "Task:001_aa40d479269d3f1a:2/2/7";
    const sichuan = "Task:000_1cc9d6698810e7a5:3/2/4";
    const q = `query($id: ID!) { task(id: $id) { lineage(relation: SAME_TASK_AS) { to { id } alignedSentences { fromText fromLine toText toLine } } } }`;
    const fromTibet = (await run(q, { id: tibet })).task.lineage.find((l: any) => l.to.id === sichuan);
    const fromSichuan = (await run(q, { id: sichuan })).task.lineage.find((l: any) => l.to.id === tibet);
    expect(fromSichuan.alignedSentences).toEqual(
      fromTibet.alignedSentences.map((a: any) => ({ fromText: a.toText, fromLine: a.toLine, toText: a.fromText, toLine: a.fromLine })),
    );
  });

  it("quote a 专栏 box and the task it ELABORATES, each sentence at its line of 四川's seed", async () => {
    const data = await run(`{ task(id: "Task:000_1cc9d6698810e7a5:c1") { title source { file line endLine } lineage(relation: ELABORATES) {
      to { id title source { line endLine } } sharedPhrases evidence
      alignedSentences { fromSentence toSentence fromText fromLine fromEndLine toText toLine toEndLine } } } }`);
    const box = data.task;
    expect(box.title).toContain("DRG 付费方式改革评估工程");
    expect(box.lineage).toHaveLength(1);
    const [link] = box.lineage;
    expect(link.to.title).toBe("完善多元复合医保支付方式");
    expect(link.alignedSentences.length).toBeGreaterThanOrEqual(1);
    for (const a of link.alignedSentences) {
      // The box's sentence within the box, the task's within the task, each as printed on its line.
      expect(a.fromLine).toBeGreaterThanOrEqual(box.source.line);
      expect(a.fromEndLine).toBeLessThanOrEqual(box.source.endLine);
      expect(a.toLine).toBeGreaterThanOrEqual(link.to.source.line);
      expect(a.toEndLine).toBeLessThanOrEqual(link.to.source.endLine);
      expectPrintedAtItsLine({ file: SICHUAN_FILE, compared: a.fromSentence, text: a.fromText, line: a.fromLine, endLine: a.fromEndLine });
      expectPrintedAtItsLine({ file: SICHUAN_FILE, compared: a.toSentence, text: a.toText, line: a.toLine, endLine: a.toEndLine });
    }
    expect(link.evidence[0]).toMatch(/^score \d\.\d\d by structure: a 专栏 box and the task printed beside it/);
    expect(link.evidence.filter((l: string) => l.startsWith("aligned ("))).toHaveLength(link.alignedSentences.length);
  });
});
