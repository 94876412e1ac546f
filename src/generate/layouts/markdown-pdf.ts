import type { Bank } from "../bank";
import type { GenKind, GenPlan } from "../model";
import type { Rng } from "../random";
import { basis, cn, intro, printedDate, Printed, Printer } from "./print";

/** The narrative block ends with 一、 and 二、; the outline's parts are numbered after them. */
const NARRATIVE_PARTS = 2;
/** 专栏1 is the indicator table inside the narrative; the outline's boxes start at 2. */
const FIRST_BOX = 2;

/**
 * The Changchun family: markdown converted from a PDF, where the number of #s says
 * nothing about the level (the numbering does), bold markup here and there, a cover
 * notice, the indicator table as 专栏1 with <sup> footnotes, tasks as `1. 标题。`
 * heading lines with their text below, and 专栏 boxes of numbered items.
 */
export function printMarkdownPdf(plan: GenPlan, bank: Bank, rng: Rng): Printed {
  const p = new Printer(rng);
  const hashes = () => "#".repeat(rng.int(2, 5));
  const bold = (s: string) => (rng.chance(0.5) ? `**${s}**` : s);
  p.lines.push("", "");
  if (rng.chance(0.7)) {
    p.para(`# 关于印发${plan.title}的通知`);
    if (plan.docNumber) p.para(plan.docNumber);
    p.para(`${plan.region.below ?? "各有关单位"}，各有关部门：`);
    p.para(`《${plan.title}》已经${plan.region.self.slice(1)}政府同意，现印发给你们，请结合实际，抓好贯彻落实。`);
    p.para(plan.issuer);
    p.para(printedDate(plan.issuedDate));
    p.para("（此件主动公开）");
  }
  p.para(`# ${plan.title}`);
  p.prose(`为全面贯彻落实${basis(plan)}，科学把握新发展阶段的新要求，推动${plan.region.name}医疗保障事业高质量发展，制定本规划。`);
  for (const line of bank.markdownNarrative) p.lines.push(narrativeLine(line, plan));
  for (const [kind, n] of Object.entries(bank.markdownNarrativeItems)) p.counts[kind as GenKind] += n;
  p.lines.push("");
  let box = FIRST_BOX - 1;
  plan.outline.forEach((chapter, ci) => {
    const ch = String(NARRATIVE_PARTS + ci + 1);
    p.item(chapter, ch);
    p.para(`${hashes()} ${bold(`${cn(NARRATIVE_PARTS + ci + 1)}、${chapter.title}`)}`);
    chapter.children.forEach((section, si) => {
      const sec = `${ch}/${si + 1}`;
      p.item(section, sec);
      p.para(`${hashes()} ${bold(`${rng.chance(0.5) ? "(" : "（"}${cn(si + 1)}${rng.chance(0.5) ? ")" : "）"} ${section.title}。`)}`);
      if (section.body) p.prose(intro(section.body));
      let task = 0;
      for (const item of section.children) {
        if (item.kind === "TASK") {
          p.item(item, `${sec}/${++task}`);
          // Always a heading line: after a 专栏 box, only a heading tells the parser the box has ended.
          p.para(`${hashes()} ${bold(`${task}. ${item.title}。`)}`);
          if (item.body) p.prose(item.body);
        } else if (item.kind === "COLUMN") {
          box++;
          p.item(item, `c${box}`);
          p.para(`${hashes()} ${bold(`专栏${rng.chance(0.5) ? " " : ""}${box} ${item.title}`)}`);
          item.children.forEach((entry, i) => {
            p.item(entry, `c${box}/${i + 1}`);
            p.para(`${i + 1}. ${entry.title}。${entry.body}`);
          });
        }
      }
    });
  });
  return p.finish(bank.indicatorRows.markdown);
}

/** Changchun's narrative in the plan's own words. */
function narrativeLine(line: string, plan: GenPlan): string {
  return line
    .split("长春市")
    .join(plan.region.name)
    .split("长春")
    .join(plan.region.short)
    .split("我市")
    .join(plan.region.self)
    .split("全市")
    .join(plan.region.whole);
}
