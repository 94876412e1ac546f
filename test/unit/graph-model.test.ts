import * as fs from "fs";
import * as path from "path";
import { buildGraphBatch } from "../../src/ingest/graph-model";
import { parseDocument } from "../../src/ingest/parse";

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const TIBET = parseDocument("seeds/001_aa40d479269d3f1a.txt", fs.readFileSync(path.join(SEEDS, "001_aa40d479269d3f1a.txt")));

/** A county opinion of the Tibet family; 清水县 is a county the region table does not know. */
const UNKNOWN_COUNTY = [
  "清水县关于深化医疗保障制度改革的实施意见",
  "",
  "一、总体要求",
  "",
  "到2025年,医疗保障制度更加成熟定型。",
  "",
  "二、主要任务",
  "",
  "(一)完善公平适度的待遇保障机制",
  "",
  "1.完善基本医疗保险制度。巩固和完善基本医疗保险制度。〔牵头单位:县医保局;责任单位:省医保局、市财政局〕",
  "",
  "2.落实医疗保障待遇清单制度。严格执行基本支付范围和标准。〔牵头单位:省局〕",
  "",
  "(二)健全稳健可持续的筹资运行机制",
  "",
  "3.稳步提高统筹层次。全面做实基本医疗保险市级统筹。〔牵头单位:县医保局〕",
].join("\n");

describe("the graph batch of a document", () => {
  it("links 区市场监管局(区药监局) to the drug regulator it acts as, and the unit edges to the market regulator", () => {
    const batch = buildGraphBatch(TIBET);
    const market = "Department:西藏自治区:西藏自治区市场监督管理局";
    const drugs = "Department:西藏自治区:西藏自治区药品监督管理局";
    expect(batch.actsAsEdges).toEqual([
      expect.objectContaining({ departmentId: market, actsAsId: drugs, printed: "区市场监管局(区药监局)", planId: "Plan:001_aa40d479269d3f1a" }),
    ]);
    expect(batch.actsAsEdges[0].sourceText).toMatch(/区市场监管局[(（]区药监局[)）]/);
    expect(batch.departments.map((d) => d.id)).toEqual(expect.arrayContaining([market, drugs]));
    expect(batch.unitEdges.filter((e) => e.printed === "区市场监管局(区药监局)").every((e) => e.departmentId === market)).toBe(true);
  });

  it("loads a plan whose 省局 and 市局 have no known region, under placeholder regions, with a warning on each line", () => {
    const doc = parseDocument("qingshui.txt", Buffer.from(UNKNOWN_COUNTY));
    expect(doc.meta.region).toEqual({ name: "清水县", level: "COUNTY" });
    const placeholderWarnings = doc.warnings.filter((w) => /placeholder/.test(w.message)).map((w) => [w.line, w.message]);
    expect(placeholderWarnings).toEqual([
      [11, expect.stringMatching(/^department 省医保局: .*清水县.*regions\.ts.*清水县所在省医疗保障局/)],
      [11, expect.stringMatching(/^department 市财政局: .*清水县所在市财政局/)],
      [13, expect.stringMatching(/^department 省局: .*清水县所在省医疗保障局/)],
    ]);
    const batch = buildGraphBatch(doc);
    expect(batch.departments.map((d) => [d.id, d.aliases])).toEqual([
      ["Department:清水县:清水县医疗保障局", ["县医保局"]],
      ["Department:清水县所在省:清水县所在省医疗保障局", ["省医保局", "省局"]],
      ["Department:清水县所在市:清水县所在市财政局", ["市财政局"]],
    ]);
    expect(batch.regions).toContainEqual({ id: "Region:清水县所在省", name: "清水县所在省", level: "PROVINCE", placeholder: true, parentId: null });
  });
});
