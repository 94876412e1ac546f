import { decodeExportCursor, encodeExportCursor } from "../../src/exports/cursor";
import { csvCell, csvLine } from "../../src/exports/csv";
import { EXPORTS } from "../../src/exports/definitions";
import { ndjsonRows } from "../../src/exports/ndjson";
import { parseExportQuery } from "../../src/exports/params";
import { parseCsv } from "../setup/rfc4180";

describe("CSV cells", () => {
  it("quotes a field holding a comma, a quote or a line break, doubling quotes", () => {
    expect(csvLine(["区医保局", 'a "b"', "x,y", "一\n二", null, 3, true])).toBe('区医保局,"a ""b""","x,y","一\n二",,3,true\r\n');
  });

  it("writes lists as JSON arrays, which hold any separator unambiguously", () => {
    expect(csvCell([2021, 2025])).toBe('"[2021,2025]"');
    expect(csvCell(["区医保局", "a;b"])).toBe('"[""区医保局"",""a;b""]"');
    expect(csvCell([])).toBe("[]");
  });

  it("reads back through an RFC 4180 reader to the same values", () => {
    const values = ["〔牵头单位:区医保局;责任单位:区财政厅〕", '他说"好"', "", "a,b\r\nc"];
    expect(parseCsv(csvLine(values))).toEqual([values]);
  });
});

describe("NDJSON rows", () => {
  it("writes every column in order, null for a missing one", () => {
    expect(ndjsonRows(["b", "a"], [{ a: 1 }])).toBe('{"b":null,"a":1}\n');
  });
});

describe("export cursors", () => {
  it("round-trips the key of its own export", () => {
    const key = ["Plan:001_aa40d479269d3f1a|000003", "0000000872|LEADS|Department:西藏自治区:西藏自治区医疗保障局"];
    expect(decodeExportCursor(EXPORTS.units, encodeExportCursor(EXPORTS.units, key))).toEqual(key);
  });

  it("refuses a cursor of another export, naming it", () => {
    const cursor = encodeExportCursor(EXPORTS.tasks, ["Plan:x|000001"]);
    expect(() => decodeExportCursor(EXPORTS.indicators, cursor)).toThrow(`after="${cursor}" is not a cursor of the indicators export`);
  });

  it("refuses a GraphQL connection cursor", () => {
    const graphql = Buffer.from("Task|Plan:x|000001").toString("base64url");
    expect(() => decodeExportCursor(EXPORTS.tasks, graphql)).toThrow(/is not a cursor of the tasks export/);
  });
});

describe("export parameters", () => {
  const parse = (q: Record<string, unknown>) => parseExportQuery(EXPORTS.tasks, q, 500);

  it("defaults to the whole export as NDJSON", () => {
    expect(parse({})).toEqual({ format: "ndjson", bom: false, first: null, after: null, department: null });
  });

  it("gives csv-excel a byte-order mark, and plain CSV one only with bom=1", () => {
    expect(parse({ format: "csv-excel" }).bom).toBe(true);
    expect(parse({ format: "csv" }).bom).toBe(false);
    expect(parse({ format: "csv", bom: "1" }).bom).toBe(true);
    expect(parse({ format: "csv-excel", bom: "0" }).bom).toBe(false);
  });

  it("takes first from 1 to the page cap", () => {
    expect(parse({ first: "1" }).first).toBe(1);
    expect(parse({ first: "500" }).first).toBe(500);
    expect(() => parse({ first: "501" })).toThrow('first="501" must be an integer from 1 to 500');
    expect(() => parse({ first: "1e2" })).toThrow('first="1e2"');
  });
});
