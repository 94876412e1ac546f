import * as fs from "fs";
import * as path from "path";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { checkLineRange, MAX_SOURCE_LINES, sourceLines } from "../../src/plans/source-lines";

const TIBET = "seeds/001_aa40d479269d3f1a.txt";
const tibet = fs.readFileSync(path.join(__dirname, "../..", TIBET), "utf8");

describe("a document's lines for the source view (Plan.sourceLines)", () => {
  it("numbers and offsets the lines exactly as the reader does, so a fact's span falls in its line", () => {
    const read = new SourceText(TIBET, tibet);
    const lines = sourceLines(tibet, 1, read.lines.length);
    expect(lines.map((l) => [l.number, l.offset, l.text])).toEqual(read.lines.map((l) => [l.no, l.offset, l.raw]));
  });

  it("gives Tibet's task 12 at line 80, its printed clause inside the line", () => {
    const [line] = sourceLines(tibet, 80, 80);
    expect(line.number).toBe(80);
    expect(line.text.startsWith("12.改革完善医保基金监管体制。")).toBe(true);
    const clause = line.text.indexOf("〔牵头单位:区医保局;责任单位:区党委编办、区财政厅");
    expect(tibet.slice(line.offset + clause, line.offset + clause + 6)).toBe("〔牵头单位:");
  });

  it("leaves the line break and a CR before it out of the line, and counts them in the offsets", () => {
    expect(sourceLines("一\r\n二\r\n\r\n三", 1, 9)).toEqual([
      { number: 1, offset: 0, text: "一" },
      { number: 2, offset: 3, text: "二" },
      { number: 3, offset: 6, text: "" },
      { number: 4, offset: 8, text: "三" },
    ]);
  });

  it("leaves out lines past the end, and returns nothing for a range that starts there", () => {
    expect(sourceLines("一\n二\n", 2, 5)).toEqual([
      { number: 2, offset: 2, text: "二" },
      { number: 3, offset: 4, text: "" },
    ]);
    expect(sourceLines("一\n二", 7, 9)).toEqual([]);
  });

  it.each([
    [0, 3, /from=0 must be a line number of at least 1/],
    [5, 4, /to=4 must be a line number of at least from \(5\)/],
    [1, MAX_SOURCE_LINES + 1, new RegExp(`asks for ${MAX_SOURCE_LINES + 1} lines; ask for at most ${MAX_SOURCE_LINES}`)],
  ])("refuses from=%s to=%s, naming what would be right", (from, to, message) => {
    expect(() => checkLineRange(from, to)).toThrow(message);
  });
});
