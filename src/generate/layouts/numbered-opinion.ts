import type { Bank } from "../bank";
import type { GenPlan } from "../model";
import type { Rng } from "../random";
import { printClause, unitAssignment, unitStyleFor } from "../units";
import { basis, cn, intro, Printed, Printer, sentenceEnd } from "./print";

/**
 * The Tibet family: the title, one preamble sentence naming the basis, 一、总体要求
 * (narrative), then 二、三、… parts with (一)(二) groups and tasks numbered on
 * through the whole document, nearly every task closed by its unit clause
 * 〔牵头单位:…;责任单位:…〕; now and then two tasks share one line. A share of the
 * opinions print their units in another convention (units.ts): paired clauses, the
 * lead marked in a list, a sentence, the first listed leading, or an appended
 * division-of-labour table.
 */
export function printNumberedOpinion(plan: GenPlan, bank: Bank, rng: Rng): Printed {
  const p = new Printer(rng);
  // Tibet prints a space between the region and the rest of its title.
  p.para(rng.chance(0.3) ? plan.title.replace(plan.region.name, `${plan.region.name} `) : plan.title);
  p.lines.push("");
  p.para(`为深入贯彻落实${basis(plan)}精神,结合${plan.region.self}实际,提出如下实施意见。`);
  p.para("一、总体要求");
  for (const line of bank.opinionNarrative) p.para(line.split("我区").join(plan.region.self).split("西藏").join(plan.region.short));
  const style = unitStyleFor(plan.file);
  const rows: string[][] = [];
  let number = 0;
  plan.outline.forEach((chapter, ci) => {
    const ch = String(ci + 2);
    p.item(chapter, ch);
    p.para(`${cn(ci + 2)}、${chapter.title}${style === "first-listed" && ci === 0 ? "（列第一位者为牵头单位）" : ""}`);
    chapter.children.forEach((section, si) => {
      const sec = `${ch}/${si + 1}`;
      p.item(section, sec);
      p.para(`(${cn(si + 1)})${section.title}`);
      if (section.body && rng.chance(0.5)) p.prose(intro(section.body));
      let pending: string | undefined;
      for (const task of section.children) {
        if (task.kind !== "TASK") continue;
        p.item(task, `${sec}/${++number}`);
        const assignment = unitAssignment(task, plan.region, rng);
        if (assignment) p.units.push({ path: `${sec}/${number}`, lead: assignment.lead ? [assignment.lead] : [], responsible: assignment.responsible });
        if (assignment && style === "table") rows.push([String(number), task.title, assignment.lead ?? "", assignment.responsible.join("、"), rng.pick(["2022年底前", "2023年底前", "持续推进", "长期坚持", "2025年"])]);
        const clause = printClause(assignment, style, rng);
        const line = `${number}.${task.title}。${sentenceEnd(task.body)}${clause}`;
        if (pending !== undefined) {
          // Tibet's tasks 4 and 5 share one line: `…〕5.完善…`. Only after a closing bracket can the parser tell.
          p.para(pending + line);
          pending = undefined;
        } else if (clause.endsWith("〕") && rng.chance(0.04)) pending = line;
        else p.prose(line);
      }
      if (pending !== undefined) p.para(pending);
    });
  });
  if (rows.length) {
    p.para("附件");
    p.para("重点任务分工表");
    p.lines.push(["序号", "重点任务", "牵头单位", "责任单位", "完成时限"].join("\t"), ...rows.map((r) => r.join("\t")), "");
  }
  if (rng.chance(0.5)) p.para(`来源:${plan.issuer}`);
  return p.finish(0);
}
