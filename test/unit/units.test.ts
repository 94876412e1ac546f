import { readFileSync } from "fs";
import { join } from "path";
import { paragraphs, type Paragraph } from "../../src/ingest/normalize/paragraphs";
import { normalizeLine, SourceText } from "../../src/ingest/normalize/source-text";
import { findActing, findUnitClauses, type UnitClause } from "../../src/ingest/parse/units";

const SEEDS = join(__dirname, "../../seeds");
const TIBET = "001_aa40d479269d3f1a.txt";
const PROSE_SEEDS = ["000_1cc9d6698810e7a5.txt", "002_0f323f1820598f05.txt", "003_3805f0e95e16182c.txt", "004_5a087b0cd4345386.txt"];

function seedParagraphs(file: string): Paragraph[] {
  return paragraphs(new SourceText(`seeds/${file}`, readFileSync(join(SEEDS, file), "utf8")));
}

/** The normalized paragraph of a seed that contains `snippet` (given in normalized form). */
function paragraphWith(file: string, snippet: string): string {
  const hit = seedParagraphs(file).find((p) => p.text.includes(snippet));
  if (!hit) throw new Error(`no paragraph of ${file} contains ${snippet}`);
  return hit.text;
}

const names = (units: { name: string }[]) => units.map((u) => u.name);

/** Every clause of the Tibet opinion with the number of the task it closes: the `N.` that opens the text before it. */
function tibetClauses(): { task: number; clause: UnitClause; paragraph: Paragraph }[] {
  const out: { task: number; clause: UnitClause; paragraph: Paragraph }[] = [];
  for (const paragraph of seedParagraphs(TIBET)) {
    let from = 0;
    for (const clause of findUnitClauses(paragraph.text)) {
      const task = /^(\d+)\./.exec(paragraph.text.slice(from, clause.start));
      if (!task) throw new Error(`clause at line ${paragraph.line} does not close a numbered task`);
      out.push({ task: Number(task[1]), clause, paragraph });
      from = clause.end;
    }
  }
  return out;
}

const 各地委行署 = "各地(市)委、行署(政府)";

/** Read from seeds/001 by hand: task → [lead units, responsible units], as printed. */
const TIBET_UNITS: Record<number, [string[], string[]]> = {
  1: [["区医保局"], ["区财政厅"]],
  2: [["区医保局"], ["区财政厅"]],
  3: [["区医保局"], ["区民政厅", "区财政厅", "区卫生健康委", "区乡村振兴局", 各地委行署]],
  4: [["区医保局"], ["区财政厅", "区卫生健康委"]],
  5: [["区医保局"], ["区财政厅", "区民政厅", "区总工会", "区税务局", "西藏银保监局"]],
  6: [["区医保局"], ["区财政厅", "区税务局", 各地委行署]],
  7: [["区医保局"], ["区党委编办", "区财政厅", 各地委行署]],
  8: [["区医保局"], ["区财政厅", "区税务局", "各地(市)行署(政府)"]],
  9: [["区医保局"], ["区人力资源社会保障厅", "区卫生健康委", "区药监局"]],
  10: [["区医保局"], []],
  11: [["区医保局"], ["区卫生健康委", "区财政厅"]],
  12: [["区医保局"], ["区党委编办", "区财政厅", "区卫生健康委", 各地委行署]],
  13: [["区医保局"], ["区财政厅", "区卫生健康委"]],
  14: [["区医保局"], ["区公安厅", "区司法厅", "区卫生健康委", "区市场监管局"]],
  15: [["区医保局"], ["区财政厅", "区卫生健康委", "区市场监管局(区药监局)"]],
  16: [["区医保局"], ["区卫生健康委", "区市场监管局"]],
  17: [["区卫生健康委"], ["区发展改革委", "区经济和信息化厅", "区医保局", "区药监局", 各地委行署]],
  18: [["区卫生健康委"], ["区财政厅", "区人力资源社会保障厅", "区医保局"]],
  19: [[], ["区医保局"]],
  20: [["区医保局"], ["区党委网信办", "区经济和信息化厅", "区财政厅"]],
  21: [["区医保局"], ["区党委编办", "区财政厅", "区人力资源社会保障厅", 各地委行署]],
  22: [["区医保局"], ["区民政厅", "区财政厅", "西藏银保监局"]],
};

describe("findUnitClauses on the Tibet implementation opinion", () => {
  const clauses = tibetClauses();

  it("finds exactly one unit clause for each of the 22 numbered tasks", () => {
    expect(clauses.map((c) => c.task)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it("returns the lead and responsible units of every task exactly as printed", () => {
    const read = Object.fromEntries(clauses.map(({ task, clause }) => [task, [names(clause.lead), names(clause.responsible)]]));
    expect(read).toEqual(TIBET_UNITS);
  });

  it("reads task 4's 〔〕 clause and task 5's round-bracket clause from the one line they share", () => {
    const [four, five] = clauses.filter((c) => c.task === 4 || c.task === 5);
    expect(four.paragraph).toBe(five.paragraph);
    const text = four.paragraph.text;
    expect(text.slice(four.clause.start, four.clause.end)).toBe("〔牵头单位:区医保局;责任单位:区财政厅、区卫生健康委〕");
    expect(text.slice(four.clause.end, four.clause.end + 14)).toBe("5.完善多层次医疗保障体系。");
    expect(text.slice(five.clause.start, five.clause.end)).toBe("(牵头单位:区医保局;责任单位:区财政厅、区民政厅、区总工会、区税务局、西藏银保监局)");
    expect(five.clause.end).toBe(text.length);
  });

  it("covers each whole clause, brackets included, and maps it back to the original line", () => {
    for (const { clause, paragraph } of clauses) {
      expect(paragraph.text[clause.start]).toMatch(/[〔(]/);
      expect(paragraph.text[clause.end - 1]).toMatch(/[〕)]/);
      expect(paragraph.span(clause.start, clause.end).text).toBe(paragraph.text.slice(clause.start, clause.end));
    }
  });

  it("gives every unit the position of its printed name", () => {
    for (const { clause, paragraph } of clauses) {
      for (const unit of [...clause.lead, ...clause.responsible]) expect(paragraph.text.slice(unit.start, unit.end)).toBe(unit.name);
    }
  });

  it("keeps 各地(市)委、行署(政府) as one collective unit and never emits a fragment like 行署(政府)", () => {
    const all = clauses.flatMap(({ clause }) => names([...clause.lead, ...clause.responsible]));
    expect(all.filter((n) => n === 各地委行署)).toHaveLength(6);
    expect(all.filter((n) => n === "各地(市)行署(政府)")).toHaveLength(1);
    expect(all.filter((n) => /^(?:行署|政府|\(政府\))|^各地\(市\)委$/.test(n))).toEqual([]);
  });

  it("ignores brackets that are not unit clauses: document numbers and parenthetical remarks", () => {
    expect(findUnitClauses(paragraphWith(TIBET, "(中发〔2020〕5号)"))).toEqual([]);
    const task14 = paragraphWith(TIBET, "国家企业信用信息公示系统(西藏)");
    expect(findUnitClauses(task14).map((c) => task14.slice(c.start, c.start + 5))).toEqual(["〔牵头单位"]);
  });
});

describe("findUnitClauses in other styles", () => {
  const read = (raw: string) => findUnitClauses(normalizeLine(raw).text).map((c) => [names(c.lead), names(c.responsible)]);

  it("reads full-width round brackets and punctuation once normalized", () => {
    expect(read("健全基金运行风险评估、预警机制。（牵头单位：区医保局；责任单位：区财政厅、区税务局，各地（市）行署（政府））")).toEqual([
      [["区医保局"], ["区财政厅", "区税务局", "各地(市)行署(政府)"]],
    ]);
  });

  it("reads a clause with only a lead unit and one with only a responsible unit", () => {
    expect(read("建立定点医药机构退出机制。〔牵头单位:区医保局〕")).toEqual([[["区医保局"], []]]);
    expect(read("全面实施医保政务服务“好差评”制度。〔责任单位:区医保局〕")).toEqual([[[], ["区医保局"]]]);
  });

  it("accepts 牵头部门 / 责任部门 / 配合单位 / 参与单位 as lead and responsible labels", () => {
    expect(read("落实国家罕见病用药保障政策。(牵头部门:市医保局;责任部门:市财政局、市税务局)")).toEqual([[["市医保局"], ["市财政局", "市税务局"]]]);
    expect(read("推行处方点评制度。【牵头单位:市卫生健康委;配合单位:市医保局;参与单位:各县(市、区)人民政府】")).toEqual([
      [["市卫生健康委"], ["市医保局", "各县(市、区)人民政府"]],
    ]);
  });

  it("starts a new role at the next label even when a comma separates the roles", () => {
    expect(read("〔牵头单位:区医保局,责任单位:区财政厅〕")).toEqual([[["区医保局"], ["区财政厅"]]]);
  });

  it("drops a closing 等 but keeps the unit before it", () => {
    expect(read("〔牵头单位:区医保局;责任单位:区财政厅、区卫生健康委等〕")).toEqual([[["区医保局"], ["区财政厅", "区卫生健康委"]]]);
  });

  // Each label units.ts claims to read, written out here (not taken from its own table), so
  // dropping one from the code fails its row. No seed prints these; the wordings are those of
  // other provinces' plans (docs: DOMAIN.md, "How documents print who owns a task").
  it.each([
    ["主责单位", "lead"],
    ["主责部门", "lead"],
    ["牵头部门", "lead"],
    ["牵头单位", "lead"],
    ["责任单位", "responsible"],
    ["责任部门", "responsible"],
    ["配合单位", "responsible"],
    ["配合部门", "responsible"],
    ["参与单位", "responsible"],
    ["参与部门", "responsible"],
    ["协办单位", "responsible"],
    ["协办部门", "responsible"],
  ])("reads %s as the %s role, alone in a clause and after another role", (label, role) => {
    const alone = read(`推进医保支付方式改革。(${label}:市医保局、市财政局)`);
    expect(alone).toEqual([role === "lead" ? [["市医保局", "市财政局"], []] : [[], ["市医保局", "市财政局"]]]);
    const other = role === "lead" ? "责任单位" : "牵头单位";
    const both = read(`推进医保支付方式改革。〔${other}:市卫生健康委;${label}:市医保局〕`);
    expect(both).toEqual([role === "lead" ? [["市医保局"], ["市卫生健康委"]] : [["市卫生健康委"], ["市医保局"]]]);
  });

  it.each(["等部门", "等单位", "等"])("drops a list's closing %s, in either role, and keeps the unit before it", (tail) => {
    expect(read(`〔牵头单位:市医保局${tail};配合部门:市财政局、市税务局${tail}〕`)).toEqual([[["市医保局"], ["市财政局", "市税务局"]]]);
  });

  it("keeps a name that only ends in 等-like characters when nothing stands before them", () => {
    // The closing word is dropped only after a name: a unit printed as just 等部门 stays as printed.
    expect(read("〔责任单位:等部门〕")).toEqual([[[], ["等部门"]]]);
  });

  it("reads a label followed by spaces before its colon, and a clause opened after spaces", () => {
    expect(read("〔 牵头单位 :市医保局;责任单位 : 市财政局 〕")).toEqual([[["市医保局"], ["市财政局"]]]);
  });

  it("needs the colon: a bracket that only mentions a role word is not a clause", () => {
    expect(read("(牵头单位负责统筹)")).toEqual([]);
    expect(read("(责任单位)")).toEqual([]);
  });

  it("skips a clause whose bracket never closes rather than guessing where it ends", () => {
    expect(read("〔牵头单位:市医保局;责任单位:市财政局")).toEqual([]);
    expect(read("〔牵头单位:市医保局〕。〔责任单位:市财政局")).toEqual([[["市医保局"], []]]);
  });

  it("keeps 各…委、…政府 together only when the second piece is a government body without its own prefix", () => {
    expect(read("〔责任单位:各市(州)党委、人民政府〕")).toEqual([[[], ["各市(州)党委、人民政府"]]]);
    expect(read("〔责任单位:各市(州)党委、市财政局〕")).toEqual([[[], ["各市(州)党委", "市财政局"]]]);
    // After a comma the pieces are two units even when they would fit together.
    expect(read("〔责任单位:各市(州)党委,人民政府〕")).toEqual([[[], ["各市(州)党委", "人民政府"]]]);
  });

  it("splits units on 、 , and ; and trims spaces and a full stop around each", () => {
    expect(read("〔责任单位: 市财政局 ,市税务局;市民政局。〕")).toEqual([[[], ["市财政局", "市税务局", "市民政局"]]]);
  });
});

describe("findActing in plans without unit clauses", () => {
  const acting = (text: string) => findActing(text).map(({ name, phrase }) => ({ name, phrase }));

  it("returns the department that 由…负责 names (Changchun)", () => {
    const text = paragraphWith("003_3805f0e95e16182c.txt", "由各级医疗保障部门负责");
    expect(acting(text)).toEqual([{ name: "各级医疗保障部门", phrase: "由各级医疗保障部门负责" }]);
  });

  it("returns the subject of 要会同 but not the vague 有关部门 it works with (Changchun)", () => {
    const text = paragraphWith("003_3805f0e95e16182c.txt", "财政部门要会同有关部门");
    expect(acting(text)).toEqual([{ name: "财政部门", phrase: "财政部门要会同" }]);
  });

  it("returns the body after 配合, even the bare 省局 (Changchun)", () => {
    const text = paragraphWith("003_3805f0e95e16182c.txt", "配合省局");
    expect(acting(text)).toEqual([{ name: "省局", phrase: "配合省局" }]);
  });

  it("spells out both bodies of 国家和省医保部门 in a traditional-script plan (Qingyuan)", () => {
    const text = paragraphWith("002_0f323f1820598f05.txt", "配合国家和省医保部门");
    const found = findActing(text);
    expect(found.map(({ name, phrase }) => ({ name, phrase }))).toEqual([
      { name: "国家医保部门", phrase: "配合国家和省医保部门" },
      { name: "省医保部门", phrase: "配合国家和省医保部门" },
    ]);
    expect(text.slice(found[0].start, found[0].end)).toBe("国家和省医保部门");
    expect(text.slice(found[1].start, found[1].end)).toBe("省医保部门");
  });

  it("returns the department that …负责 names, and nothing for 会同各地和自治区有关部门 (Tibet)", () => {
    const text = paragraphWith(TIBET, "自治区医疗保障部门负责");
    expect(acting(text)).toEqual([{ name: "自治区医疗保障部门", phrase: "自治区医疗保障部门负责" }]);
  });

  it("returns a department that opens a clause with 要 (Jiangxi)", () => {
    const text = paragraphWith("004_5a087b0cd4345386.txt", "各级医疗保障部门要认真贯彻");
    expect(acting(text)).toEqual([{ name: "各级医疗保障部门", phrase: "各级医疗保障部门要" }]);
  });

  it("returns nothing where the text names no body: 会同相关部门, 配合推进, 院长负责制, 各有关部门要", () => {
    for (const [file, snippet] of [
      ["003_3805f0e95e16182c.txt", "会同相关部门联合推动"],
      ["003_3805f0e95e16182c.txt", "配合推进基本医疗保险省级统筹"],
      ["003_3805f0e95e16182c.txt", "各有关部门要进一步提高认识"],
      ["004_5a087b0cd4345386.txt", "医保工作院长负责制"],
      ["002_0f323f1820598f05.txt", "配合做好省内异地就医支付方式改革"],
    ]) {
      const text = paragraphWith(file, snippet);
      const at = text.indexOf(snippet);
      expect(findActing(text).filter((a) => a.start >= at && a.start < at + snippet.length)).toEqual([]);
    }
  });

  it("finds only recognisable bodies across the four prose plans", () => {
    const found = PROSE_SEEDS.flatMap((file) => seedParagraphs(file).flatMap((p) => names(findActing(p.text))));
    expect([...new Set(found)].sort()).toEqual(["各级医疗保障部门", "国家医保部门", "省医保部门", "省局", "财政部门"].sort());
  });

  it("reads a list before 按职责分工负责 and a body after 由…牵头", () => {
    // Constructed from the wording the brief lists; no seed uses these two forms.
    expect(acting("省医保局、省财政厅等按职责分工负责。")).toEqual([
      { name: "省医保局", phrase: "省医保局、省财政厅等按职责分工负责" },
      { name: "省财政厅", phrase: "省医保局、省财政厅等按职责分工负责" },
    ]);
    expect(acting("推进异地就医结算,由市医保局牵头,市卫生健康委配合。")).toEqual([
      { name: "市医保局", phrase: "由市医保局牵头" },
      { name: "市卫生健康委", phrase: "市卫生健康委配合" },
    ]);
  });
});
