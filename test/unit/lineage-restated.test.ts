import { onOneLine, RESTATED_SCORE, restatements, type TaskLine, withRestatements } from "../../src/lineage/groups/plan-lines";

/** The restatement rule of plan-lines.ts: another plan's SAME_TASK_AS shows a plan stating one task twice. */
const planOf = (id: string) => id.split(":")[0];
const line = (id: string): TaskLine => ({ id, planId: planOf(id), line: [id], anchors: [id] });

describe("restated tasks", () => {
  it("lets two items of one plan share a group when both are the same task as one item of another plan", () => {
    const links = [
      { a: "CC:3/1/1", b: "TB:2/1/1", score: 1 },
      { a: "CC:3/2/2", b: "TB:2/1/1", score: 0.86 },
    ];
    const restated = restatements(links, planOf);
    expect(restated.get("CC:3/1/1")).toEqual(["restated:TB:2/1/1"]);
    expect(restated.get("CC:3/2/2")).toEqual(["restated:TB:2/1/1"]);
    // The other plan's item is one statement: it gets no anchor.
    expect(restated.has("TB:2/1/1")).toBe(false);
    const lines = withRestatements(new Map(["CC:3/1/1", "CC:3/2/2", "TB:2/1/1"].map((id) => [id, line(id)])), restated);
    expect(onOneLine(line("CC:3/1/1"), line("CC:3/2/2"))).toBe(false);
    expect(onOneLine(lines.get("CC:3/1/1")!, lines.get("CC:3/2/2")!)).toBe(true);
  });

  it("needs both links at RESTATED_SCORE or more, and both items in one plan", () => {
    expect(restatements([{ a: "CC:1", b: "TB:1", score: 1 }, { a: "CC:2", b: "TB:1", score: RESTATED_SCORE - 0.01 }], planOf).size).toBe(0);
    expect(restatements([{ a: "CC:1", b: "TB:1", score: 1 }, { a: "QY:2", b: "TB:1", score: 1 }], planOf).size).toBe(0);
  });
});
