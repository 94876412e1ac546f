import * as fs from "fs";
import * as path from "path";
import { loadDocument } from "../../src/ingest/load";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { parseDocument } from "../../src/ingest/parse";
import { updateLineage } from "../../src/lineage/update";
import { inProcessGraph } from "../setup/in-process";

const graph = inProcessGraph();

/** The characters [start, end) of the document, from its lines joined as printed (the seeds have no CR). */
function sliceOfLines(lines: { offset: number; text: string }[], start: number, end: number): string {
  return lines.map((l) => l.text).join("\n").slice(start - lines[0].offset, end - lines[0].offset);
}

describe("Plan.sourceLines: the printed lines around a fact", () => {
  it("gives the line of Tibet's task 12 with its unit clause where Task.source and UnitAssignment.source say", async () => {
    const { data, errors } = await graph.run(`{
      task(id: "Task:001_aa40d479269d3f1a:2/4/12") {
        source { line endLine startOffset endOffset text }
        units { printedName source { line startOffset endOffset } }
        plan { sourceLines(from: 78, to: 82) { number offset text } }
      }
    }`);
    expect(errors).toBeUndefined();
    const { source, units, plan } = data.task;
    expect(plan.sourceLines.map((l: any) => l.number)).toEqual([78, 79, 80, 81, 82]);
    const line = plan.sourceLines.find((l: any) => l.number === source.line);
    expect(line.number).toBe(80);
    expect(line.text.slice(source.startOffset - line.offset, source.endOffset - line.offset)).toBe(source.text);
    expect(units.length).toBeGreaterThanOrEqual(5);
    for (const u of units) expect(line.text.slice(u.source.startOffset - line.offset, u.source.endOffset - line.offset)).toBe(u.printedName);
  });

  it("holds every task's printed span of every loaded plan at its lines and offsets", async () => {
    const { data, errors } = await graph.run(`{
      plans(loaded: true) { id tasks(first: 500) { nodes { id source { line endLine startOffset endOffset text } } } sourceLines(from: 1, to: 500) { number offset text } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.plans.length).toBeGreaterThanOrEqual(5);
    for (const plan of data.plans) {
      const lines = plan.sourceLines as { number: number; offset: number; text: string }[];
      expect(lines.length).toBeGreaterThan(100);
      for (const task of plan.tasks.nodes) {
        const s = task.source;
        const own = lines.filter((l) => l.number >= s.line && l.number <= s.endLine);
        expect({ id: task.id, text: sliceOfLines(own, s.startOffset, s.endOffset) }).toEqual({ id: task.id, text: s.text });
      }
    }
  });

  it("is null for a plan only cited, whose text is not loaded", async () => {
    const { data, errors } = await graph.run(`{ plans(loaded: false) { id sourceLines(from: 1, to: 3) { number } } }`);
    expect(errors).toBeUndefined();
    expect(data.plans.length).toBeGreaterThan(0);
    for (const p of data.plans) expect(p.sourceLines).toBeNull();
  });

  it("refuses a range of more than 500 lines with BAD_USER_INPUT naming the argument", async () => {
    const { errors } = await graph.run(`{ plan(id: "Plan:001_aa40d479269d3f1a") { sourceLines(from: 1, to: 501) { number } } }`);
    expect(errors?.[0].message).toMatch(/asks for 501 lines; ask for at most 500/);
    expect(errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
  });
});

describe("a graph loaded before plans kept the document they were read from", () => {
  const TIBET_FILE = "seeds/001_aa40d479269d3f1a.txt";
  const TIBET = "Plan:001_aa40d479269d3f1a";
  const root = graph.config.projectRoot;
  const bytes = fs.readFileSync(path.join(root, TIBET_FILE));

  it("loads the same bytes once more, so the plan's lines are there again", async () => {
    await graph.db.write("test/drop-document", "MATCH (d:SourceDocument {planId: $id}) DETACH DELETE d", { id: TIBET });
    const lines = `{ plan(id: "${TIBET}") { sourceLines(from: 80, to: 80) { number } } }`;
    expect((await graph.run(lines)).data.plan.sourceLines).toBeNull();
    const result = await loadDocument(graph.db, parseDocument(TIBET_FILE, bytes), { projectRoot: root, original: bytes });
    // A reload drops the plan's lineage until it is derived again, as ingest and the seed loader do.
    await updateLineage(graph.db, [{ planId: TIBET, text: decodeDocument(bytes, TIBET_FILE) }], { projectRoot: root });
    expect(result.outcome).toBe("replaced");
    expect((await graph.run(lines)).data.plan.sourceLines).toEqual([{ number: 80 }]);
    expect((await loadDocument(graph.db, parseDocument(TIBET_FILE, bytes), { projectRoot: root, original: bytes })).outcome).toBe("unchanged");
  });
});
