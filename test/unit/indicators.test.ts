import { readFileSync } from "fs";
import type { IndicatorRow } from "../../src/ingest/model";
import { findFurniture } from "../../src/ingest/normalize/furniture";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { indicatorConcept, parseIndicators, parseIndicatorValue } from "../../src/ingest/parse/indicators";

const SEEDS = {
  sichuan: "seeds/000_1cc9d6698810e7a5.txt",
  tibet: "seeds/001_aa40d479269d3f1a.txt",
  qingyuan: "seeds/002_0f323f1820598f05.txt",
  changchun: "seeds/003_3805f0e95e16182c.txt",
  jiangxi: "seeds/004_5a087b0cd4345386.txt",
};

function load(file: string): SourceText {
  return new SourceText(file, readFileSync(file, "utf8"));
}

function parse(file: string) {
  const source = load(file);
  return parseIndicators(source, new Set(findFurniture(source.lines).map((d) => d.line)));
}

function parseText(text: string) {
  return parseIndicators(new SourceText("excerpt.txt", text), new Set());
}

/** What a test pins of a row: everything but the span's offsets. */
function pinned(row: IndicatorRow) {
  const { source, seq: _seq, ...rest } = row;
  return { line: source.line, ...rest };
}

type Expected = Omit<ReturnType<typeof pinned>, "notes"> & { notes?: string[] };

function expectRows(rows: IndicatorRow[], expected: Expected[]): void {
  expect(rows.map(pinned)).toEqual(expected.map((e) => ({ notes: [], ...e })));
  expect(rows.map((r) => r.seq)).toEqual(expected.map((_e, i) => i + 1));
}

describe("parseIndicators on the seed documents", () => {
  it("reads every row of the Sichuan indicator table, across its repeated headers", () => {
    const { rows, warnings, tableLines } = parse(SEEDS.sichuan);
    expectRows(rows, [
      { line: 105, table: "target", name: "基本医疗保险参保率", category: "覆盖范围", baseline: "95%以上", baselineValue: 95, baselineComparator: "GTE", target: "稳定在95%以上", targetValue: 95, targetComparator: "GTE", attribute: "BINDING" },
      { line: 106, table: "target", name: "基本医疗保险(含生育保险)基金收入", category: "基金安全", baseline: "1356.53亿元", baselineValue: 1356.53, baselineComparator: "EQ", target: "收入规模与经济规模更加适应", attribute: "EXPECTED" },
      { line: 107, table: "target", name: "基本医疗保险(含生育保险)基金支出", category: "基金安全", baseline: "1107.51亿元", baselineValue: 1107.51, baselineComparator: "EQ", target: "支出规模与经济发展水平、群众疾病健康需求相适应", attribute: "EXPECTED" },
      { line: 108, table: "target", name: "职工基本医疗保险政策范围内住院费用基金支付比例", category: "保障水平", baseline: "85%", baselineValue: 85, baselineComparator: "EQ", target: "保持稳定", targetComparator: "STABLE", attribute: "EXPECTED" },
      { line: 111, table: "target", name: "城乡居民基本医疗保险政策范围内住院费用基金支付比例", category: "保障水平", baseline: "70%", baselineValue: 70, baselineComparator: "EQ", target: "保持稳定", targetComparator: "STABLE", attribute: "EXPECTED" },
      { line: 112, table: "target", name: "重点救助对象符合规定的住院医疗费用救助比例", category: "保障水平", target: "70%", targetValue: 70, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 113, table: "target", name: "住院医疗费用按疾病诊断相关分组或按病种付费等非项目付费占住院医疗费用的比例", category: "改革发展", target: "70%", targetValue: 70, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 114, table: "target", name: "药品和医用耗材集中带量采购品种", category: "改革发展", baseline: "112 个药品品种和 1 类高值医用耗材", target: "国家、省或省际联盟组织集中带量采购,药品品种达到 500 个以上,高值医用耗材达到 5 类以上", attribute: "EXPECTED" },
      { line: 115, table: "target", name: "公立医疗机构在用药品和医用耗材在药品和医用耗材招采管理子系统线上采购率", category: "改革发展", target: "公立医疗机构在用药品和医用耗材在招采管理子系统开展线上招标、采购、交易、结算,采购药品(不含中药饮片)金额达到全部药品采购金额的 90%,采购高值医用耗材金额达到全部高值医用耗材采购金额的 80%", attribute: "EXPECTED" },
      { line: 116, table: "target", name: "药品和医用耗材招采管理子系统覆盖面", category: "改革发展", target: "实现公立医院全覆盖,医保定点社会办医疗机构及定点零售药店逐步纳入平台管理", attribute: "EXPECTED" },
      { line: 117, table: "target", name: "住院医疗费用跨省直接结算率", category: "改革发展", baseline: "47.2%", baselineValue: 47.2, baselineComparator: "EQ", target: "70% 以上", targetValue: 70, targetComparator: "GTE", attribute: "EXPECTED" },
      { line: 118, table: "target", name: "住院医疗费用省内异地直接结算率", category: "改革发展", baseline: "56%", baselineValue: 56, baselineComparator: "EQ", target: "70% 以上", targetValue: 70, targetComparator: "GTE", attribute: "EXPECTED" },
      { line: 121, table: "target", name: "医疗保障政务服务事项线上可办率", category: "公共服务能力建设", baseline: "50%", baselineValue: 50, baselineComparator: "EQ", target: "80%", targetValue: 80, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 122, table: "target", name: "医疗保障政务服务事项窗口可办率", category: "公共服务能力建设", target: "100%", targetValue: 100, targetComparator: "EQ", attribute: "BINDING" },
    ]);
    expect(warnings).toEqual([]);
    expect([...tableLines].sort((a, b) => a - b)).toEqual(range(104, 122));
  });

  it("keeps the Sichuan row's exact source text", () => {
    const { rows } = parse(SEEDS.sichuan);
    expect(rows[13].source).toMatchObject({ file: SEEDS.sichuan, line: 122, endLine: 122 });
    expect(rows[13].source.text).toBe("医疗保障政务服务事项窗口可办率\t—\t100%\t公共服务能力建设\t约束性");
  });

  it("finds no indicator table in the Tibet opinion", () => {
    const { rows, warnings, tableLines } = parse(SEEDS.tibet);
    expect(rows).toEqual([]);
    expect(warnings).toEqual([]);
    expect(tableLines.size).toBe(0);
  });

  it("reads the Qingyuan table printed one cell per line, in traditional characters, inheriting categories", () => {
    const { rows } = parse(SEEDS.qingyuan);
    expectRows(rows, [
      { line: 93, table: "target", name: "基本醫療保險參保率", category: "參保覆蓋", unit: "%", baseline: ">95", baselineValue: 95, baselineComparator: "GT", target: ">95", targetValue: 95, targetComparator: "GT", attribute: "BINDING" },
      { line: 105, table: "target", name: "基本醫療保險(含生育保險)基金收入", category: "基金安全", unit: "億元", baseline: "49.54", baselineValue: 49.54, baselineComparator: "EQ", target: "收入規模與經濟社會發展水平更加適應", attribute: "EXPECTED" },
      { line: 117, table: "target", name: "基本醫療保險(含生育保險)基金支出", category: "基金安全", unit: "億元", baseline: "47.66", baselineValue: 47.66, baselineComparator: "EQ", target: "支出規模與經濟社會發展水平、群眾基本醫療需求更加適應", attribute: "EXPECTED" },
      { line: 127, table: "target", name: "職工基本醫療保險政策范圍內住院費用基金支付比例", category: "保障程度", unit: "%", baseline: "在職人員87/退休人員90", target: "保持穩定", targetComparator: "STABLE", attribute: "EXPECTED" },
      { line: 139, table: "target", name: "城鄉居民基本醫療保險政策范圍內住院費用基金支付比例", category: "保障程度", unit: "%", baseline: "三級醫院60/二級醫院75/一級醫院90", target: "保持穩定", targetComparator: "STABLE", attribute: "EXPECTED" },
      { line: 149, table: "target", name: "重點救助對象符合規定的住院醫療費用救助比例", category: "保障程度", unit: "%", baseline: "低收入救助對象80/低保對象、建檔立卡貧困對象85/特困供養人員100", target: "保持穩定", targetComparator: "STABLE", attribute: "EXPECTED" },
      { line: 159, table: "target", name: "實行按疾病診斷相關分組付費和按病種付費的住院費用占全部住院費用的比例", category: "精細管理", unit: "%", baseline: "90", baselineValue: 90, baselineComparator: "EQ", target: "保持穩定", targetComparator: "STABLE", attribute: "EXPECTED" },
      { line: 171, table: "target", name: "公立醫療機構通過集中采購平臺線上采購藥品金額占全部采購藥品(不含中藥飲片)金額的比例", category: "精細管理", unit: "%", baseline: "80", baselineValue: 80, baselineComparator: "EQ", target: "90", targetValue: 90, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 181, table: "target", name: "公立醫療機構通過集中采購平臺線上采購高值醫用耗材金額占全部采購高值醫用耗材金額的比例", category: "精細管理", unit: "%", target: "80", targetValue: 80, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 191, table: "target", name: "藥品集中帶量采購品種", category: "精細管理", baseline: "112", baselineValue: 112, baselineComparator: "EQ", target: "<500", targetValue: 500, targetComparator: "LT", attribute: "EXPECTED" },
      { line: 199, table: "target", name: "醫用耗材集中帶量采購品種", category: "精細管理", baseline: "1", baselineValue: 1, baselineComparator: "EQ", target: "8", targetValue: 8, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 207, table: "target", name: "住院費用跨市直接結算率", category: "優質服務", unit: "%", baseline: "85", baselineValue: 85, baselineComparator: "EQ", target: "90", targetValue: 90, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 219, table: "target", name: "住院費用市內直接結算率", category: "優質服務", unit: "%", baseline: "98", baselineValue: 98, baselineComparator: "EQ", target: "98", targetValue: 98, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 229, table: "target", name: "醫療保障政務服務事項線上可辦率", category: "優質服務", unit: "%", target: "80", targetValue: 80, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 239, table: "target", name: "醫療保障政務服務事項窗口可辦率", category: "優質服務", unit: "%", target: "100", targetValue: 100, targetComparator: "EQ", attribute: "BINDING" },
    ]);
  });

  it("spans a Qingyuan row from its first to its last cell line, in the original script", () => {
    const { rows } = parse(SEEDS.qingyuan);
    expect(rows[0].source).toMatchObject({ line: 93, endLine: 103 });
    expect(rows[0].source.text).toBe("參保覆蓋\n\n基本醫療保險參保率\n\n%\n\n>95\n\n>95\n\n約束性");
    expect(rows[13].source).toMatchObject({ line: 229, endLine: 237 });
  });

  it("warns about the Qingyuan rows it had to guess or that look misprinted", () => {
    const { warnings, tableLines } = parse(SEEDS.qingyuan);
    expect(warnings).toEqual([
      { line: 191, message: expect.stringContaining('"<500" is an upper bound above the baseline "112"') },
      { line: 229, message: expect.stringContaining("no baseline read") },
      { line: 239, message: expect.stringContaining("no baseline read") },
    ]);
    expect(Math.min(...tableLines)).toBe(79);
    expect(Math.max(...tableLines)).toBe(247);
    expect(tableLines.has(77)).toBe(false);
    expect(tableLines.has(249)).toBe(false);
  });

  it("reads the Changchun 专栏 1 table and attaches each footnote to the row that carries its marker", () => {
    const { rows, warnings } = parse(SEEDS.changchun);
    expectRows(rows, [
      { line: 89, table: "target", name: "基本医疗保险参保率", category: "参保覆盖", unit: "%", baseline: ">95", baselineValue: 95, baselineComparator: "GT", target: ">95", targetValue: 95, targetComparator: "GT", attribute: "BINDING", notes: ["指“十四五”期间基本医疗保险参保率每年保持在95%以上。"] },
      { line: 90, table: "target", name: "基本医疗保险(含生育保险)基金收入", category: "基金安全", unit: "亿元", baseline: "128.56", baselineValue: 128.56, baselineComparator: "EQ", target: "收入规模与经济社会发展水平相适应", attribute: "EXPECTED" },
      { line: 91, table: "target", name: "基本医疗保险(含生育保险)基金支出", category: "基金安全", unit: "亿元", baseline: "87.45", baselineValue: 87.45, baselineComparator: "EQ", target: "支出规模与经济社会发展水平、群众基本医疗需求相适应", attribute: "EXPECTED" },
      { line: 92, table: "target", name: "职工基本医疗保险政策范围内住院费用基金支出比例", category: "保障程度", unit: "%", baseline: "80.88", baselineValue: 80.88, baselineComparator: "EQ", target: "达到国家平均水平", attribute: "EXPECTED" },
      { line: 93, table: "target", name: "城乡居民基本医疗保险政策范围内住院费用基金支出比例", category: "保障程度", unit: "%", baseline: "70", baselineValue: 70, baselineComparator: "EQ", target: "达到国家平均水平", attribute: "EXPECTED" },
      { line: 94, table: "target", name: "重点救助对象符合规定的住院医疗费用救助比例", category: "保障程度", unit: "%", baseline: "70", baselineValue: 70, baselineComparator: "EQ", target: "70", targetValue: 70, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 95, table: "target", name: "个人卫生支出占卫生总费用的比例", category: "保障程度", unit: "%", target: "27", targetValue: 27, targetComparator: "EQ", attribute: "BINDING" },
      { line: 96, table: "target", name: "实行按疾病诊断相关分组付费和按病种付费的住院费用占全部住院费用的比例", category: "精细管理", unit: "%", target: "70", targetValue: 70, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 97, table: "target", name: "公立医疗机构通过省级集中采购平台采购药品金额占全部采购药品(不含中药饮片)金额的比例", category: "精细管理", unit: "%", baseline: "75左右", baselineValue: 75, baselineComparator: "EQ", target: "90", targetValue: 90, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 98, table: "target", name: "公立医疗机构通过省级集中采购平台采购高值医用耗材金额占全部采购高值医用耗材金额的比例", category: "精细管理", unit: "%", target: "80", targetValue: 80, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 99, table: "target", name: "药品集中带量采购品种", category: "精细管理", unit: "个", baseline: "112", baselineValue: 112, baselineComparator: "EQ", target: ">500", targetValue: 500, targetComparator: "GT", attribute: "EXPECTED", notes: ["指到2025年国家要求各省(自治区、直辖市)国家和省级药品集中带量采购品种达500个以上。"] },
      { line: 100, table: "target", name: "高值医用耗材集中带量采购品种", category: "精细管理", unit: "类", baseline: "1", baselineValue: 1, baselineComparator: "EQ", target: ">5", targetValue: 5, targetComparator: "GT", attribute: "EXPECTED", notes: ["指到2025年国家要求各省(自治区、直辖市)国家和省级高值医用耗材集中带量采购品种达5类以上。"] },
      { line: 101, table: "target", name: "住院费用跨省直接结算率", category: "优质服务", unit: "%", baseline: "56", baselineValue: 56, baselineComparator: "EQ", target: ">70", targetValue: 70, targetComparator: "GT", attribute: "EXPECTED", notes: ["指住院费用跨省直接结算人次占全部住院跨省异地就医人次的比例。"] },
      { line: 102, table: "target", name: "医疗保障政务服务事项线上可办率", category: "优质服务", unit: "%", baseline: "29", baselineValue: 29, baselineComparator: "EQ", target: "80", targetValue: 80, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 103, table: "target", name: "医疗保障政务服务事项窗口可办率", category: "优质服务", unit: "%", target: "100", targetValue: 100, targetComparator: "EQ", attribute: "BINDING" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("counts the Changchun footnotes as table lines, but not the 专栏 title", () => {
    const { tableLines } = parse(SEEDS.changchun);
    expect([...tableLines].sort((a, b) => a - b)).toEqual(range(88, 111));
  });

  it("reads both Jiangxi 十三五 completion tables and the 十四五 table with its 职工 / 城乡居民 sub-rows", () => {
    const { rows, warnings } = parse(SEEDS.jiangxi);
    expectRows(rows, [
      { line: 58, table: "completion", name: "基本医疗保险参保人数", unit: "万人", baseline: "4500", baselineValue: 4500, baselineComparator: "EQ", target: "4780", targetValue: 4780, targetComparator: "EQ", notes: ["“十三五”规划目标: 4550"] },
      { line: 59, table: "completion", name: "基本医疗保险参保覆盖率", unit: "%", target: "95以上", targetValue: 95, targetComparator: "GTE", notes: ["“十三五”规划目标: 95以上"] },
      { line: 60, table: "completion", name: "生育保险参保人数", unit: "万人", baseline: "251", baselineValue: 251, baselineComparator: "EQ", target: "372", targetValue: 372, targetComparator: "EQ", notes: ["“十三五”规划目标: 300"] },
      { line: 64, table: "completion", name: "基本医疗保险基金 (含生育保险)(总收入)", unit: "亿元", target: "620.2", targetValue: 620.2, targetComparator: "EQ" },
      { line: 64, table: "completion", name: "基本医疗保险基金 (含生育保险)(总支出)", unit: "亿元", target: "552.7", targetValue: 552.7, targetComparator: "EQ" },
      { line: 64, table: "completion", name: "基本医疗保险基金 (含生育保险)(累计结余)", unit: "亿元", target: "672.6", targetValue: 672.6, targetComparator: "EQ" },
      { line: 66, table: "completion", name: "医保可支付月数(职工医保)", unit: "月", target: "23.2", targetValue: 23.2, targetComparator: "EQ" },
      { line: 66, table: "completion", name: "医保可支付月数(城乡居民医保)", unit: "月", target: "9.7", targetValue: 9.7, targetComparator: "EQ" },
      { line: 68, table: "completion", name: "政策范围内报销比例(职工医保)", unit: "%", target: "82", targetValue: 82, targetComparator: "EQ", notes: ["持续稳定"] },
      { line: 68, table: "completion", name: "政策范围内报销比例(城乡居民医保)", unit: "%", target: "72", targetValue: 72, targetComparator: "EQ", notes: ["持续稳定"] },
      { line: 68, table: "completion", name: "政策范围内报销比例(城乡贫困群众)", unit: "%", target: "90", targetValue: 90, targetComparator: "EQ", notes: ["持续稳定"] },
      { line: 70, table: "completion", name: "跨省异地就医直接 结算(结算人次)", unit: "万人次", target: "21.5", targetValue: 21.5, targetComparator: "EQ" },
      { line: 70, table: "completion", name: "跨省异地就医直接 结算(结算金额)", unit: "亿元", target: "29.1", targetValue: 29.1, targetComparator: "EQ" },
      { line: 72, table: "completion", name: "省内异地就医直接 结算(结算人次)", unit: "万人次", target: "160.2", targetValue: 160.2, targetComparator: "EQ" },
      { line: 72, table: "completion", name: "省内异地就医直接 结算(结算金额)", unit: "亿元", target: "33.8", targetValue: 33.8, targetComparator: "EQ" },
      { line: 123, table: "target", name: "基本医疗保险参保覆盖率", unit: "%", baseline: "95 以上", baselineValue: 95, baselineComparator: "GTE", target: "稳定在 95 以上", targetValue: 95, targetComparator: "GTE", attribute: "BINDING" },
      { line: 124, table: "target", name: "基本医疗保险(含生育保险)基金收入", unit: "亿元", baseline: "621", baselineValue: 621, baselineComparator: "EQ", target: "收入规模与经济社会发展水平更加适应", attribute: "EXPECTED" },
      { line: 125, table: "target", name: "基本医疗保险(含生育保险)基金支出", unit: "亿元", baseline: "553", baselineValue: 553, baselineComparator: "EQ", target: "支出规模与经济社会发展水平、群众基本医疗需求更加适应", attribute: "EXPECTED" },
      { line: 127, table: "target", name: "基本医保政策范围内住院报销比例(职工)", unit: "%", baseline: "80 左右", baselineValue: 80, baselineComparator: "EQ", target: "稳定在 80 以上", targetValue: 80, targetComparator: "GTE", attribute: "BINDING" },
      { line: 128, table: "target", name: "基本医保政策范围内住院报销比例(城乡居民)", unit: "%", baseline: "70 左右", baselineValue: 70, baselineComparator: "EQ", target: "稳定在 70 以上", targetValue: 70, targetComparator: "GTE", attribute: "BINDING" },
      { line: 129, table: "target", name: "重点救助对象符合规定的门特慢和住院救助费用比例", unit: "%", target: "70", targetValue: 70, targetComparator: "EQ", attribute: "BINDING" },
      { line: 130, table: "target", name: "住院费用按 DRGs 或按病种付费覆盖面", baseline: "12 个统筹地区", target: "覆盖 100%", targetValue: 100, targetComparator: "EQ", attribute: "EXPECTED" },
      { line: 131, table: "target", name: "公立医疗机构通过药品和医用耗材招采管理子系统线上采购", baseline: "药品 75% 左右、医用耗材平台采购很少", target: "药品达到 90%、高值医用耗材达到 80%", attribute: "EXPECTED" },
      { line: 132, table: "target", name: "集中带量采购品种", baseline: "药品 112 个品种、高值医用耗材 1 类", target: "药品 400 个品种以上、高值医用耗材 5 类以上", attribute: "EXPECTED" },
      { line: 133, table: "target", name: "住院费用跨省直接结算率", unit: "%", baseline: "35", baselineValue: 35, baselineComparator: "EQ", target: "70 以上", targetValue: 70, targetComparator: "GTE", attribute: "EXPECTED" },
      { line: 134, table: "target", name: "医疗保障政务服务满意率", unit: "%", target: "85 以上", targetValue: 85, targetComparator: "GTE", attribute: "EXPECTED" },
      { line: 135, table: "target", name: "医疗保障政务服务事项线上可办率", unit: "%", target: "80 以上", targetValue: 80, targetComparator: "GTE", attribute: "EXPECTED" },
      { line: 136, table: "target", name: "医疗保障政务服务事项窗口可办率", unit: "%", target: "100", targetValue: 100, targetComparator: "EQ", attribute: "EXPECTED" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("spans a Jiangxi measure from its label line to its value line", () => {
    const { rows } = parse(SEEDS.jiangxi);
    expect(rows[3].source).toMatchObject({ line: 64, endLine: 65 });
    expect(rows[3].source.text).toBe("1. 基本医疗保险基金 (含生育保险)\t总收入(亿元)\t总支出(亿元)\t累计结余(亿元)\t\n\t620.2");
  });

  it("keeps the Jiangxi table titles and the lines between tables out of the table lines", () => {
    const { tableLines } = parse(SEEDS.jiangxi);
    expect([...tableLines].sort((a, b) => a - b)).toEqual([...range(57, 60), ...range(63, 73), ...range(122, 136)]);
  });
});

describe("parseIndicators on a new plan", () => {
  it("finds a table by its header words, wherever it is, and skips a repeated header", () => {
    const text = [
      "“十四五”主要指标",
      "序号\t指标名称\t单位\t2020年\t2025年\t属性",
      "1\t基本医疗保险参保率\t%\t≥95\t≥96\t约束性",
      "",
      "序号\t指标名称\t单位\t2020 年\t2025 年\t属性",
      "2\t个人卫生支出占卫生总费用的比例\t%\t28\t27以下\t预期性",
      "第三章 主要任务",
    ].join("\n");
    const { rows, tableLines } = parseText(text);
    expect(rows.map(pinned)).toEqual([
      { line: 3, table: "target", name: "基本医疗保险参保率", unit: "%", baseline: "≥95", baselineValue: 95, baselineComparator: "GTE", target: "≥96", targetValue: 96, targetComparator: "GTE", attribute: "BINDING", notes: [] },
      { line: 6, table: "target", name: "个人卫生支出占卫生总费用的比例", unit: "%", baseline: "28", baselineValue: 28, baselineComparator: "EQ", target: "27以下", targetValue: 27, targetComparator: "LTE", attribute: "EXPECTED", notes: [] },
    ]);
    expect([...tableLines]).toEqual([2, 3, 4, 5, 6]);
  });

  it("finds nothing in prose that merely mentions 指标 and years", () => {
    const text = "强化目标考核,积极推动重要指标纳入政府年度重点工作。\n\n到2025年,参保率稳定在95%以上。";
    expect(parseText(text).rows).toEqual([]);
  });
});

describe("parseIndicatorValue", () => {
  it.each([
    [">95", 95, "GT"],
    ["＞95", 95, "GT"],
    ["95%以上", 95, "GTE"],
    ["稳定在95%以上", 95, "GTE"],
    ["稳定在 95 以上", 95, "GTE"],
    ["≥95%", 95, "GTE"],
    ["不低于90%", 90, "GTE"],
    ["≤5%", 5, "LTE"],
    ["10%以下", 10, "LTE"],
    ["3%以内", 3, "LTE"],
    ["不超过10%", 10, "LTE"],
    ["<500", 500, "LT"],
    // Every comparator word value.ts claims, each on its own (不低于 holds 低于, 不超过 holds 超过:
    // the longer word must win), and the ASCII forms a converted PDF prints.
    ["不少于80%", 80, "GTE"],
    [">=95", 95, "GTE"],
    ["＞＝95", 95, "GTE"],
    ["95%及以上", 95, "GTE"],
    ["不高于12%", 12, "LTE"],
    ["<=5%", 5, "LTE"],
    ["超过90%", 90, "GT"],
    ["高于90%", 90, "GT"],
    ["低于10%", 10, "LT"],
    ["少于3天", 3, "LT"],
    ["控制在 8% 以内", 8, "LTE"],
    ["保持在 70% 左右", 70, "EQ"],
    ["达到 80%", 80, "EQ"],
    ["达100%", 100, "EQ"],
    ["约 2.5 万人次", 2.5, "EQ"],
    ["=100%", 100, "EQ"],
    ["95‰", 95, "EQ"],
    ["30 天", 30, "EQ"],
    ["85%", 85, "EQ"],
    ["1356.53亿元", 1356.53, "EQ"],
    ["80 左右", 80, "EQ"],
    ["覆盖 100%", 100, "EQ"],
    // 个百分点 begins with the unit 个: the whole remainder must be the unit, not its first character.
    ["12 个百分点", 12, "EQ"],
    ["6 个月", 6, "EQ"],
  ])("reads %s as a number with a comparator", (printed, value, comparator) => {
    expect(parseIndicatorValue(printed)).toEqual({ value, comparator });
  });

  it.each(["保持稳定", "保持穩定", "持续稳定"])("reads %s as stable without a number", (printed) => {
    expect(parseIndicatorValue(printed)).toEqual({ comparator: "STABLE" });
  });

  it.each(["稳步提高", "达到国家平均水平", "——", "—", "-", "--", "", "在职人员87/退休人员90", "12 个统筹地区", "12 个百分点以上的提高", "12 个百分", "药品 112 个品种、高值医用耗材 1 类", "2025年", "约95%以上人口"])(
    "reads no number from %j",
    (printed) => {
      expect(parseIndicatorValue(printed)).toEqual({});
    },
  );
});

describe("indicatorConcept", () => {
  it("gives the 参保率 rows of Sichuan, Qingyuan, Changchun and Jiangxi one concept", () => {
    const names = ["sichuan", "qingyuan", "changchun", "jiangxi"].map(
      (plan) => parse(SEEDS[plan as keyof typeof SEEDS]).rows.find((r) => /参保(覆盖)?率|參保率/.test(r.name) && r.table === "target")!.name,
    );
    expect(names).toEqual(["基本医疗保险参保率", "基本醫療保險參保率", "基本医疗保险参保率", "基本医疗保险参保覆盖率"]);
    expect(new Set(names.map(indicatorConcept))).toEqual(new Set(["基本医疗保险参保率"]));
  });

  it("matches a sub-row qualified by its population to the plans that print the population first", () => {
    const concept = indicatorConcept("职工基本医疗保险政策范围内住院费用基金支付比例");
    expect(indicatorConcept("基本医保政策范围内住院报销比例(职工)")).toBe(concept);
    expect(indicatorConcept("职工基本医疗保险政策范围内住院费用基金支出比例(%)")).toBe(concept);
    expect(indicatorConcept("職工基本醫療保險政策范圍內住院費用基金支付比例")).toBe(concept);
  });

  it("drops units, inclusions, scope words and footnote markers", () => {
    expect(indicatorConcept("基本医疗保险（含生育保险）基金收入（亿元）")).toBe("基本医疗保险基金收入");
    expect(indicatorConcept("全省年度住院费用跨省直接结算率(%)<sup>④</sup>")).toBe("住院费用跨省直接结算率");
    expect(indicatorConcept("住院医疗费用跨省直接结算率")).toBe("住院费用跨省直接结算率");
  });

  it("keeps different measures apart", () => {
    expect(indicatorConcept("基本医疗保险参保人数(万人)")).not.toBe(indicatorConcept("基本医疗保险参保率"));
    expect(indicatorConcept("医疗保障政务服务事项线上可办率")).not.toBe(indicatorConcept("医疗保障政务服务事项窗口可办率"));
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_v, i) => from + i);
}
