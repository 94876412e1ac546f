import * as fs from "fs";
import * as path from "path";
import { inProcessGraph } from "../setup/in-process";

/**
 * Plan.references and Plan.cites(role:) on the seed graph, through the compiled
 * statements and through the resolvers and their loaders: every 《…》 a plan prints, with
 * its role, its 文号 and line, resolved through the known upstream documents.
 */
const compiled = inProcessGraph();
const loaders = inProcessGraph({ COMPILE_QUERIES: "false" });

const SEEDS = path.join(__dirname, "..", "..", "seeds");
const QINGYUAN = "002_0f323f1820598f05";
const CHANGCHUN = "003_3805f0e95e16182c";
const SICHUAN = "000_1cc9d6698810e7a5";
const seedLines = (stem: string) => fs.readFileSync(path.join(SEEDS, `${stem}.txt`), "utf8").split("\n");

const QUERY = `query ($id: ID!) { plan(id: $id) {
  cites { id title }
  mentioned: cites(role: [MENTIONED]) { id title }
  everyRole: cites(role: [BASIS, IMPLEMENTS, MENTIONED]) { id }
  implements { to { id } method }
  references { role title docNumber plan { id title loaded } source { file line endLine text } }
  implementsRole: references(role: [IMPLEMENTS]) { title source { line } }
} }`;

async function plan(stem: string) {
  const [a, b] = await Promise.all([compiled.run(QUERY, { id: `Plan:${stem}` }), loaders.run(QUERY, { id: `Plan:${stem}` })]);
  expect(a.errors).toBeUndefined();
  expect(b.errors).toBeUndefined();
  expect(a.sent).toEqual(["compiled/plan"]);
  // Both paths answer it the same.
  expect(a.data).toEqual(b.data);
  return a.data.plan;
}

describe("Plan.references: every 《…》 a plan prints, with its role and line", () => {
  it("keeps Qingyuan's twelve references in printed order, the short title of 中发〔2020〕5号 (line 55) resolved to the central opinion", async () => {
    const p = await plan(QINGYUAN);
    // Read off the seed: the 《…》 of lines 37–67 list documents among the plan's achievements and
    // background (MENTIONED); line 299 names the 条例 as passed, line 319 after 贯彻落实 (IMPLEMENTS).
    expect(p.references.map((r: any) => [r.role, r.title, r.source.line])).toEqual([
      ["MENTIONED", "清遠市人民政府辦公室關于進一步完善我市城鄉居民大病補充醫療保險的通知", 37],
      ["MENTIONED", "關于落實城鄉居民大病補充醫療保險財政補助有關事項的通知", 37],
      ["MENTIONED", "清遠市人民政府辦公室關于印發清遠市推進藥品集團采購實施方案的通知", 39],
      ["MENTIONED", "清遠市人民政府辦公室關于印發清遠市醫療保險住院費用按病種分值結算實施辦法的通知", 41],
      ["MENTIONED", "“健康中國2030”規劃綱要", 55],
      ["MENTIONED", "關于深化醫療保障制度改革的意見", 55],
      ["MENTIONED", "關于推進醫療保障基金監管制度體系改革的指導意見", 55],
      ["MENTIONED", "健康廣東行動(2019-2030年)", 55],
      ["MENTIONED", "“健康中國2030”規劃綱要", 65],
      ["MENTIONED", "清遠市第七次全國人口普查公報", 67],
      ["MENTIONED", "醫療保障基金使用監督管理條例", 299],
      ["IMPLEMENTS", "醫療保障基金使用監督管理條例", 319],
    ]);
    expect(p.references[0].docNumber).toBe("清府辦〔2017〕60號");
    expect(p.references.slice(1).map((r: any) => r.docNumber)).toEqual(Array(11).fill(null));
    // Each source is the 《…》 as printed on its line of the seed.
    const lines = seedLines(QINGYUAN);
    for (const r of p.references) {
      expect(r.source.file).toBe(`seeds/${QINGYUAN}.txt`);
      expect(r.source.endLine).toBe(r.source.line);
      expect(r.source.text).toBe(`《${r.title}》${r.docNumber ? `(${r.docNumber})` : ""}`);
      expect(lines[r.source.line - 1]).toContain(r.source.text);
    }
    const opinion = p.references[5];
    expect(opinion.plan.title).toBe("中共中央 国务院关于深化医疗保障制度改革的意见");
    expect(opinion.plan.loaded).toBe(false);
    // The node plan-level lineage points to: Qingyuan implements the central opinion by rule.
    expect(p.implements.filter((l: any) => l.to.id === opinion.plan.id).map((l: any) => l.method)).toEqual(["structure"]);
    // A document not in the table is the one of its title as printed.
    expect(p.references[4].plan.title).toBe("“健康中國2030”規劃綱要");
    expect(p.implementsRole).toEqual([{ title: "醫療保障基金使用監督管理條例", source: { line: 319 } }]);
  });

  it("leaves Qingyuan's cites as before (no basis) and lists what it names by role, each document once", async () => {
    const p = await plan(QINGYUAN);
    expect(p.cites).toEqual([]);
    const titles = p.mentioned.map((c: any) => c.title);
    // Twelve references in the MENTIONED and IMPLEMENTS roles name ten documents (健康中国2030 twice, the 条例 twice).
    expect(titles).toHaveLength(10);
    expect(titles).toContain("關于深化醫療保障制度改革的意見");
    expect(p.everyRole.map((c: any) => c.id)).toEqual(p.mentioned.map((c: any) => c.id));
  });

  it("resolves Changchun's mention of the central opinion (line 49) to the node Sichuan cites as its basis", async () => {
    const [cc, sc] = [await plan(CHANGCHUN), await plan(SICHUAN)];
    expect(cc.cites.map((c: any) => c.title)).toEqual(["“十四五”全民医疗保障规划", "吉林省医疗保障事业发展“十四五”规划", "长春市国民经济和社会发展的第十四个五年规划和2035年远景目标纲要的通知"]);
    expect(cc.references.map((r: any) => [r.role, r.title, r.source.line])).toEqual([
      ["BASIS", "“十四五”全民医疗保障规划", 19],
      ["BASIS", "吉林省医疗保障事业发展“十四五”规划", 19],
      ["BASIS", "长春市国民经济和社会发展的第十四个五年规划和2035年远景目标纲要的通知", 19],
      ["IMPLEMENTS", "医疗保障基金使用监督管理条例", 35],
      ["MENTIONED", "中共中央 国务院关于深化医疗保障制度改革的意见", 49],
      ["MENTIONED", "“十四五”全民医疗保障规划", 49],
    ]);
    const opinion = cc.references[4].plan;
    expect(sc.cites.find((c: any) => c.title === "中共中央 国务院关于深化医疗保障制度改革的意见").id).toBe(opinion.id);
    expect(cc.mentioned.map((c: any) => c.id)).toEqual([opinion.id, cc.references[5].plan.id]);
    // A document named in two roles is listed once, at its first reference (the basis, line 19).
    expect(cc.everyRole.map((c: any) => c.id)).toEqual([...cc.cites.map((c: any) => c.id), cc.references[3].plan.id, opinion.id]);
    // The 条例 Changchun carries out and the one Qingyuan names are one document.
    const qy = await plan(QINGYUAN);
    expect(cc.references[3].plan.id).toBe(qy.references[11].plan.id);
  });

  it("refuses an empty role list, on both paths, saying what to give", async () => {
    for (const graph of [compiled, loaders]) {
      const { errors } = await graph.run(`{ plan(id: "Plan:${QINGYUAN}") { references(role: []) { title } } }`);
      expect(errors?.[0].message).toMatch(/role: give at least one of BASIS, IMPLEMENTS, MENTIONED/);
    }
  });
});
