import type { GenNode, GenRegion } from "./model";
import type { Rng } from "./random";

/**
 * The unit clause of an opinion's task, as Tibet prints it: the region's 医保局
 * leads nearly always; the bodies responsible follow from what the task is about
 * (救助 → 民政, 价格 → 发展改革 …). A few tasks name no unit, a few only a lead,
 * and some clauses use round brackets: the variations the parser must handle.
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

export function unitClause(task: GenNode, region: GenRegion, rng: Rng): string {
  if (rng.chance(0.05)) return "";
  const text = task.title + task.body;
  const topics = new Set<string>(TOPICS.filter(([re]) => re.test(text)).flatMap(([, t]) => t));
  if (!topics.size) topics.add(rng.pick(["财政", "卫生健康"]));
  const name = (body: string) => printed(body, region);
  const lead = rng.chance(0.92) ? name("医保") : name([...topics][0]);
  const responsible = [...topics].map(name).filter((n) => n !== lead).slice(0, 4);
  if (region.below && rng.chance(0.3)) responsible.push(region.below);
  const colon = rng.chance(0.8) ? ":" : "：";
  if (!responsible.length || rng.chance(0.08)) return `〔牵头单位${colon}${lead}〕`;
  const [open, close] = rng.chance(0.1) ? ["(", ")"] : ["〔", "〕"];
  return `${open}牵头单位${colon}${lead};责任单位${colon}${responsible.join("、")}${close}`;
}

function printed(body: string, region: GenRegion): string {
  const names = BODIES[body];
  const provincial = region.level === "PROVINCE" || region.level === "AUTONOMOUS_REGION";
  // A municipality's bodies are 局 and print with the full name (北京市财政局).
  const name = provincial && !region.unitPrefix.endsWith("市") ? names.province : names.local;
  if (body === "编办") return provincial ? (region.level === "AUTONOMOUS_REGION" ? "区党委编办" : `${region.unitPrefix}委编办`) : `${region.unitPrefix}委编办`;
  return region.unitPrefix + name;
}
