import * as fs from "fs";
import * as path from "path";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { findFurniture } from "../../src/ingest/normalize/furniture";
import { paragraphs } from "../../src/ingest/normalize/paragraphs";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { parseMeta } from "../../src/ingest/parse/meta";
import { fiveYearPlan } from "../../src/ingest/parse/period";
import { findRegion } from "../../src/ingest/parse/regions";

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const SICHUAN = "000_1cc9d6698810e7a5.txt";
const TIBET = "001_aa40d479269d3f1a.txt";
const QINGYUAN = "002_0f323f1820598f05.txt";
const CHANGCHUN = "003_3805f0e95e16182c.txt";
const JIANGXI = "004_5a087b0cd4345386.txt";

function metaOf(file: string, text?: string) {
  const source = new SourceText(`seeds/${file}`, text ?? decodeDocument(fs.readFileSync(path.join(SEEDS, file)), file));
  const skip = new Set(findFurniture(source.lines).map((d) => d.line));
  return parseMeta(source, paragraphs(source, skip));
}

const CHINA = { name: "中国", level: "NATIONAL" };
/** The documents a plan names as its basis (BASIS references), as [title, 文号]. */
const citations = (file: string) =>
  metaOf(file)
    .meta.cites.filter((c) => c.role === "BASIS")
    .map((c) => [c.title, c.docNumber]);
/** Every reference of a plan as [role, title, line]. */
const references = (file: string) => metaOf(file).meta.cites.map((c) => [c.role, c.title, c.source.line]);

describe("plan facts of the Sichuan plan (no cover notice, table of contents)", () => {
  const { meta } = metaOf(SICHUAN);

  it("reads the title from the title line, not from the table of contents", () => {
    expect(meta.title).toBe("四川省“十四五”全民医疗保障规划");
    expect(meta.source.line).toBe(3);
    expect(meta.kind).toBe("规划");
  });

  it("places the plan in 四川省 ⊂ 中国 and in the 十四五 period", () => {
    expect(meta.region).toEqual({ name: "四川省", level: "PROVINCE", parent: CHINA });
    expect([meta.periodStart, meta.periodEnd]).toEqual([2021, 2025]);
  });

  it("leaves 文号, issuer and date open: the document prints none", () => {
    expect([meta.docNumber, meta.issuer, meta.issuedDate]).toEqual([undefined, undefined, undefined]);
  });

  it("cites the three documents its preamble names after 依据, chained without separators", () => {
    expect(citations(SICHUAN)).toEqual([
      ["中共中央 国务院关于深化医疗保障制度改革的意见", undefined],
      ["“十四五”全民医疗保障规划", undefined],
      ["四川省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", undefined],
    ]);
    expect(meta.cites.filter((c) => c.role === "BASIS").every((c) => c.source.line === 36)).toBe(true);
  });

  it("keeps the other documents it names, with their role: 出台《…》 in the background is a mention", () => {
    expect(references(SICHUAN).filter(([role]) => role !== "BASIS")).toEqual([["MENTIONED", "中共中央 国务院关于深化医疗保障制度改革的意见", 62]]);
  });
});

describe("plan facts of the Tibet opinion", () => {
  const { meta } = metaOf(TIBET);

  it("reads the title without the space the layout put after the region", () => {
    expect(meta.title).toBe("西藏自治区关于深化医疗保障制度改革的实施意见");
    expect(meta.source.text).toBe("西藏自治区 关于深化医疗保障制度改革的实施意见");
    expect(meta.kind).toBe("实施意见");
  });

  it("places the opinion in the autonomous region 西藏自治区 ⊂ 中国", () => {
    expect(meta.region).toEqual({ name: "西藏自治区", level: "AUTONOMOUS_REGION", parent: CHINA });
  });

  it("takes the period's end from 到2025年 and leaves its start open", () => {
    expect(meta.periodEnd).toBe(2025);
    expect(meta.periodStart).toBeUndefined();
  });

  it("prints no 文号, issuer or issue date (the web page's 来源/发布 lines are not the notice's)", () => {
    expect([meta.docNumber, meta.issuer, meta.issuedDate]).toEqual([undefined, undefined, undefined]);
  });

  it("cites the central opinion with the 文号 printed after it", () => {
    expect(citations(TIBET)).toEqual([["中共中央 国务院关于深化医疗保障制度改革的意见", "中发〔2020〕5号"]]);
    expect(meta.cites[0].source.text).toBe("《中共中央 国务院关于深化医疗保障制度改革的意见》(中发〔2020〕5号)");
  });
});

describe("plan facts of the Qingyuan plan (traditional script, web page)", () => {
  const { meta } = metaOf(QINGYUAN);

  it("keeps the title in traditional script and skips the notice's 关于印发…的通知", () => {
    expect(meta.title).toBe("清遠市醫療保障事業發展“十四五”規劃");
    expect(meta.source.line).toBe(26);
    expect(meta.kind).toBe("规划");
  });

  it("places the plan in 清远市 ⊂ 广东省 ⊂ 中国", () => {
    expect(meta.region).toEqual({ name: "清远市", level: "CITY", parent: { name: "广东省", level: "PROVINCE", parent: CHINA } });
  });

  it("reads 文号, issuer and date from the cover notice, 文号 and issuer as printed (traditional)", () => {
    expect(meta.docNumber).toBe("清醫保辦〔2021〕87號");
    expect(meta.issuer).toBe("清遠市醫療保障局");
    expect(meta.issuedDate).toBe("2021-12-31");
    expect([meta.periodStart, meta.periodEnd]).toEqual([2021, 2025]);
  });

  it("cites nothing as its basis: the notice's 《…》 is the plan itself and there is no basis sentence", () => {
    expect(citations(QINGYUAN)).toEqual([]);
    expect(meta.cites.some((c) => c.title === "清遠市醫療保障事業發展“十四五”規劃")).toBe(false);
  });

  it("keeps the central opinion it names by its short title, as a mention at its line", () => {
    expect(references(QINGYUAN)).toContainEqual(["MENTIONED", "關于深化醫療保障制度改革的意見", 55]);
  });
});

describe("plan facts of the Changchun plan (markdown from a PDF)", () => {
  const { meta } = metaOf(CHANGCHUN);

  it("reads the plan's own title, not the notice's heading", () => {
    expect(meta.title).toBe("长春市医疗保障事业发展“十四五”规划");
    expect(meta.source.line).toBe(17);
    expect(meta.kind).toBe("规划");
  });

  it("places the plan in 长春市 ⊂ 吉林省 ⊂ 中国", () => {
    expect(meta.region).toEqual({ name: "长春市", level: "CITY", parent: { name: "吉林省", level: "PROVINCE", parent: CHINA } });
  });

  it("reads 文号, the signing body and the date of the notice", () => {
    expect(meta.docNumber).toBe("长医保发〔2022〕28号");
    expect(meta.issuer).toBe("长春市医疗保障局");
    expect(meta.issuedDate).toBe("2022-07-05");
    expect([meta.periodStart, meta.periodEnd]).toEqual([2021, 2025]);
  });

  it("cites the three documents listed with 、 after 依据", () => {
    expect(citations(CHANGCHUN)).toEqual([
      ["“十四五”全民医疗保障规划", undefined],
      ["吉林省医疗保障事业发展“十四五”规划", undefined],
      ["长春市国民经济和社会发展的第十四个五年规划和2035年远景目标纲要的通知", undefined],
    ]);
  });
});

describe("plan facts of the Jiangxi plan", () => {
  const { meta } = metaOf(JIANGXI);

  it("reads the title line after the cover notice", () => {
    expect(meta.title).toBe("江西省“十四五”全民医疗保障发展规划");
    expect(meta.source.line).toBe(18);
    expect(meta.kind).toBe("规划");
    expect(meta.region).toEqual({ name: "江西省", level: "PROVINCE", parent: CHINA });
  });

  it("reads 文号 and the issuing office from the notice and the date from the 印发 line", () => {
    expect(meta.docNumber).toBe("赣府厅发〔2021〕34号");
    expect(meta.issuer).toBe("江西省人民政府办公厅");
    expect(meta.issuedDate).toBe("2021-11-12");
  });

  it("takes the period stated in the preamble", () => {
    expect([meta.periodStart, meta.periodEnd]).toEqual([2021, 2025]);
  });

  it("cites the three documents after 根据, including the one joined by 和, as printed", () => {
    expect(citations(JIANGXI)).toEqual([
      ["中华人民共和国国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要", undefined],
      ["中共中央 国务院关于深化医疗保障制度改革的意见", undefined],
      ["江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", undefined],
    ]);
  });
});

describe("plan facts of other documents of the same families", () => {
  it("reads a plan without a cover notice whose title states its years", () => {
    const text = "福建省医疗保障发展规划(2021—2025年)\n\n为推进医疗保障高质量发展,根据《“十四五”全民医疗保障规划》(国办发〔2021〕36号)和《福建省深化医疗保障制度改革实施意见》,制定本规划。\n\n第一章 主要任务\n";
    const { meta, warnings } = metaOf("fujian.txt", text);
    expect(meta.region).toEqual({ name: "福建省", level: "PROVINCE", parent: CHINA });
    expect([meta.periodStart, meta.periodEnd]).toEqual([2021, 2025]);
    expect(meta.cites.map((c) => [c.role, c.title, c.docNumber])).toEqual([
      ["BASIS", "“十四五”全民医疗保障规划", "国办发〔2021〕36号"],
      ["BASIS", "福建省深化医疗保障制度改革实施意见", undefined],
    ]);
    expect(warnings).toEqual([]);
  });

  it("cites a title across a page break without the break, and keeps the printed span", () => {
    const text = "福建省医疗保障发展规划(2021—2025年)\n\n为推进医疗保障高质量发展,根据《“十四五\n\n”全民医疗保障规划》和《中共中央 国务院关于深化医疗保障制度改革的意见》,制定本规划。\n\n第一章 主要任务\n";
    const { meta } = metaOf("fujian.txt", text);
    expect(meta.cites.map((c) => c.title)).toEqual(["“十四五”全民医疗保障规划", "中共中央 国务院关于深化医疗保障制度改革的意见"]);
    expect(meta.cites[0].source.text).toBe("《“十四五\n\n”全民医疗保障规划》");
  });

  it("keeps a city the region table does not know, with a warning that names the table", () => {
    const { meta, warnings } = metaOf("x.txt", "某某市医疗保障事业发展“十四五”规划\n\n第一章 主要任务\n");
    expect(meta.region).toEqual({ name: "某某市", level: "CITY" });
    expect(warnings[0].message).toMatch(/CITY_PROVINCE/);
  });

  it("maps five-year plans to their years and finds regions by name", () => {
    expect(fiveYearPlan("十三")).toEqual({ start: 2016, end: 2020 });
    expect(fiveYearPlan("十五")).toEqual({ start: 2026, end: 2030 });
    expect(findRegion("广西壮族自治区医疗保障规划")?.level).toBe("AUTONOMOUS_REGION");
  });
});
