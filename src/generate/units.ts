import type { GenNode, GenRegion } from "./model";
import type { Rng } from "./random";

/**
 * The units of an opinion's task: the region's 医保局 leads nearly always; the
 * bodies responsible follow from what the task is about (救助 → 民政, 价格 → 发展改革 …).
 * A few tasks name no unit, a few only a lead; printed in one of the conventions
 * Chinese documents use, round brackets now and then.
 */

/** Body names by level: a province has 厅 and 委, a city or county 局. */
const BODIES: Record<string, { province: string; local: string }> = {
  医保: { province: "医保局", local: "医保局" },
  财政: { province: "财政厅", local: "财政局" },
  卫生健康: { province: "卫生健康委", local: "卫生健康局" },
  民政: { province: "民政厅", local: "民政局" },
  税务: { province: "税务局", local: "税务局" },
  市场监管: { province: "市场监管局", local: "市场监管局" },
  药监: { province: "药监局", local: "市场监管局" },
  人社: { province: "人力资源社会保障厅", local: "人力资源社会保障局" },
  发展改革: { province: "发展改革委", local: "发展改革局" },
  公安: { province: "公安厅", local: "公安局" },
  司法: { province: "司法厅", local: "司法局" },
  乡村振兴: { province: "乡村振兴局", local: "乡村振兴局" },
  编办: { province: "党委编办", local: "党委编办" },
};

const TOPICS: [RegExp, string[]][] = [
  [/救助|困难|返贫|脱贫|乡村振兴/, ["民政", "乡村振兴", "财政"]],
  [/筹资|缴费|参保|费率|征收/, ["税务", "财政"]],
  [/价格/, ["发展改革", "卫生健康"]],
  [/采购|招采|耗材|药品|医药/, ["卫生健康", "药监", "市场监管"]],
  [/监管|欺诈|骗保|稽核/, ["公安", "卫生健康", "市场监管"]],
  [/法治|执法|法律/, ["司法"]],
  [/经办|服务|异地/, ["人社", "卫生健康"]],
  [/统筹层次|垂直管理|机构/, ["编办", "财政"]],
  [/中医|医疗服务|医共体|护理|医养/, ["卫生健康"]],
];

/** Who a generated task's document assigns it to: a lead (usually the region's 医保局) and the bodies sharing it. */
export interface Assignment {
  lead?: string;
  responsible: string[];
}

export function unitAssignment(task: GenNode, region: GenRegion, rng: Rng): Assignment | undefined {
  if (rng.chance(0.05)) return undefined;
  const text = task.title + task.body;
  const topics = new Set<string>(TOPICS.filter(([re]) => re.test(text)).flatMap(([, t]) => t));
  if (!topics.size) topics.add(rng.pick(["财政", "卫生健康"]));
  const name = (body: string) => printed(body, region);
  const lead = rng.chance(0.92) ? name("医保") : name([...topics][0]);
  // 药监 and 市场监管 are one 局 below the province: a body is printed once.
  const responsible = [...new Set([...topics].map(name))].filter((n) => n !== lead).slice(0, 4);
  if (region.below && rng.chance(0.3)) responsible.push(region.below);
  if (!responsible.length || rng.chance(0.08)) return { lead, responsible: [] };
  return { lead, responsible };
}

/**
 * How a generated opinion prints its assignments: Tibet's labelled clauses for most,
 * and a share of each other convention Chinese documents use (DOMAIN.md), so that
 * national scale exercises them all. Chosen from the document's file name, apart
 * from the random stream that prints it.
 */
export type UnitStyle = "labelled" | "paired-配合" | "paired-按职责分工负责" | "paired-参与" | "lead-mark" | "sentence" | "first-listed" | "table";

const STYLES: [UnitStyle, number][] = [
  ["labelled", 50],
  ["paired-配合", 10],
  ["paired-按职责分工负责", 8],
  ["paired-参与", 4],
  ["lead-mark", 8],
  ["sentence", 5],
  ["first-listed", 5],
  ["table", 10],
];

export function unitStyleFor(file: string): UnitStyle {
  let h = 0;
  for (const ch of file) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  let at = h % STYLES.reduce((n, [, w]) => n + w, 0);
  for (const [style, w] of STYLES) {
    if (at < w) return style;
    at -= w;
  }
  return "labelled";
}

/** The clause a task prints in `style` (empty for the table style, and for a task without units). */
export function printClause(a: Assignment | undefined, style: UnitStyle, rng: Rng): string {
  if (!a || style === "table") return "";
  const r = a.responsible.join("、");
  switch (style) {
    case "paired-配合":
    case "paired-按职责分工负责":
    case "paired-参与": {
      const verb = style.slice("paired-".length);
      return r ? `（${a.lead}牵头，${r}${verb}）` : `（${a.lead}负责）`.replace("负责", "牵头");
    }
    case "lead-mark":
      return `（责任单位：${[`${a.lead}（牵头）`, ...a.responsible].join("、")}）`;
    case "sentence":
      return r ? `由${a.lead}牵头，${r}配合。` : `由${a.lead}牵头。`;
    case "first-listed":
      return `（${[a.lead, ...a.responsible].join("、")}）`;
    default: {
      const colon = rng.chance(0.8) ? ":" : "：";
      if (!r) return `〔牵头单位${colon}${a.lead}〕`;
      const [open, close] = rng.chance(0.1) ? ["(", ")"] : ["〔", "〕"];
      return `${open}牵头单位${colon}${a.lead};责任单位${colon}${r}${close}`;
    }
  }
}

function printed(body: string, region: GenRegion): string {
  const names = BODIES[body];
  const provincial = region.level === "PROVINCE" || region.level === "AUTONOMOUS_REGION";
  // A municipality's bodies are 局 and print with the full name (北京市财政局).
  const name = provincial && !region.unitPrefix.endsWith("市") ? names.province : names.local;
  if (body === "编办") return provincial ? (region.level === "AUTONOMOUS_REGION" ? "区党委编办" : `${region.unitPrefix}委编办`) : `${region.unitPrefix}委编办`;
  return region.unitPrefix + name;
}
