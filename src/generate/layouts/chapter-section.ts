import type { Bank } from "../bank";
import type { GenNode, GenPlan } from "../model";
import { localize } from "../paraphrase";
import { basis, cn, intro, printedDate, Printed, Printer, sentenceEnd } from "./print";
import type { Rng } from "../random";

/** The seed's narrative chapters (背景, 总体思路) come first; the outline's chapters are numbered after them. */
const NARRATIVE_CHAPTERS = 2;

/**
 * The Sichuan/Jiangxi family: an optional cover notice, the title, a table of
 * contents, a preamble naming the basis, the narrative chapters with the
 * indicator table, then 第X章 / 第X节 with lead-phrase paragraphs and 专栏N boxes.
 */
export function printChapterSection(plan: GenPlan, bank: Bank, rng: Rng): Printed {
  const p = new Printer(rng);
  if (rng.chance(0.5)) coverNotice(p, plan);
  p.para(plan.title);
  tableOfContents(p, plan.outline);
  p.prose(`为进一步推进${plan.region.name === "中国" ? "" : plan.region.self}医疗保障高质量发展,更好保障人民健康,依据${basis(plan)},制定本规划。`);
  for (const line of bank.chapterNarrative) p.lines.push(narrativeLine(line, plan));
  p.lines.push("");
  let box = 0;
  plan.outline.forEach((chapter, ci) => {
    const ch = String(NARRATIVE_CHAPTERS + ci + 1);
    p.item(chapter, ch);
    p.para(`第${cn(NARRATIVE_CHAPTERS + ci + 1)}章 ${chapter.title}`);
    if (chapter.body) p.prose(intro(chapter.body));
    chapter.children.forEach((section, si) => {
      const sec = `${ch}/${si + 1}`;
      p.item(section, sec);
      p.para(`第${cn(si + 1)}节 ${section.title}`);
      if (section.body) p.prose(intro(section.body));
      let task = 0;
      for (const item of section.children) {
        if (item.kind === "TASK") {
          p.item(item, `${sec}/${++task}`);
          p.prose(`${item.title}。${item.body}`);
        } else if (item.kind === "COLUMN") {
          box++;
          p.item(item, `c${box}`);
          p.para(`专栏${rng.chance(0.5) ? " " : ""}${box} ${item.title}`);
          item.children.forEach((entry, i) => {
            p.item(entry, `c${box}/${i + 1}`);
            p.para(`${i + 1}. ${sentenceEnd(entry.title)}${entry.body}`);
          });
        }
      }
    });
  });
  return p.finish(bank.indicatorRows.chapter);
}

function coverNotice(p: Printer, plan: GenPlan): void {
  if (plan.docNumber) {
    p.para(`${plan.issuer}文件`);
    p.para(plan.docNumber);
  }
  p.para(`${plan.issuer}关于印发${plan.title}的通知`);
  p.para(`${plan.region.below ?? "各省、自治区、直辖市人民政府"},各有关部门:`);
  p.para(`《${plan.title}》已经同意,现印发给你们,请认真抓好贯彻落实。`);
  p.para(plan.issuer);
  p.para(printedDate(plan.issuedDate));
  p.para("(此件主动公开)");
}

function tableOfContents(p: Printer, outline: GenNode[]): void {
  p.para("目 录");
  let page = 4;
  const entry = (heading: string) => p.lines.push(`${heading}\t${(page += 2)}`);
  entry("第一章 规划背景");
  entry("第一节 发展基础");
  entry("第二节 机遇挑战");
  entry("第二章 总体思路");
  outline.forEach((chapter, ci) => {
    entry(`第${cn(NARRATIVE_CHAPTERS + ci + 1)}章 ${chapter.title}`);
    chapter.children.forEach((section, si) => entry(`第${cn(si + 1)}节 ${section.title}`));
  });
  p.lines.push("");
}

/** The Sichuan narrative in the plan's own words: 四川/全省/我省 become its region's. */
function narrativeLine(line: string, plan: GenPlan): string {
  const sichuan = { name: "四川省", level: "PROVINCE", short: "四川", whole: "全省", self: "我省", unitPrefix: "省" } as const;
  return localize(line.split("四川省").join(plan.region.name === "中国" ? "全国" : plan.region.name), sichuan, plan.region).split("四川").join(plan.region.short);
}
