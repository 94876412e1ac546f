import * as fs from "fs";
import * as path from "path";
import { titleKey } from "../common/text-keys";
import { loadBank, type Bank } from "./bank";
import { deriveOutline } from "./derive";
import { planSlots, type PlanSlot } from "./hierarchy";
import { printChapterSection } from "./layouts/chapter-section";
import { pickTransform, TRANSFORM_STREAM } from "./transforms/mix";
import { unitStyleFor } from "./units";
import { printMarkdownPdf } from "./layouts/markdown-pdf";
import { printNumberedOpinion } from "./layouts/numbered-opinion";
import type { Printed } from "./layouts/print";
import type { GenNode, GenPlan, GenRegion, LayoutName } from "./model";
import { Rng } from "./random";
import type { TruthDocument, TruthFile } from "./truth";

export { NATIONAL_PLANS } from "./hierarchy";
export type { TruthDocument, TruthFile, TruthLink } from "./truth";
export { taskIdOf } from "./truth";

export interface GenerateOptions {
  plans: number;
  seed: number;
  outDir: string;
  seedsDir: string;
  /**
   * `mixed`: each document is also rewritten in another layout (markdown, the other script, full-width
   * punctuation, `1、` numbering, PDF-like hard wraps with page furniture …, or none), chosen by the seed,
   * so that ingest at scale reads every layout the reader claims to. Default `none`.
   */
  transforms?: "none" | "mixed";
  /** Called after each document is written. */
  progress?: (done: number, total: number) => void;
}

export const NATIONAL_TITLE = "“十四五”全民医疗保障规划";
const REFORM_OPINION = "中共中央 国务院关于深化医疗保障制度改革的意见";

const PRINTERS: Record<LayoutName, (plan: GenPlan, bank: Bank, rng: Rng) => Printed> = {
  "chapter-section": printChapterSection,
  "numbered-opinion": printNumberedOpinion,
  "markdown-pdf": printMarkdownPdf,
};

/**
 * Writes `plans` documents of the national tree into `outDir`, and truth.json with
 * the lineage built. Deterministic in `seed`. Parents are kept in memory only while
 * a child may still need them (national, provincial and city outlines).
 */
export function generateCorpus(opts: GenerateOptions): TruthFile {
  const bank = loadBank(opts.seedsDir);
  const seedTitles = new Set(SEED_TITLES.map(titleKey));
  fs.mkdirSync(opts.outDir, { recursive: true });
  const slots = planSlots(opts.plans, opts.seed);
  const kept = new Map<number, { plan: GenPlan; paths: Map<string, string> }>();
  const documents: TruthDocument[] = [];
  for (const slot of slots) {
    const rng = Rng.of(opts.seed, slot.index);
    const parent = slot.parent === undefined ? undefined : kept.get(slot.parent)!;
    const plan = planFor(slot, parent?.plan, bank, seedTitles, rng);
    const printed = PRINTERS[plan.layout](plan, bank, rng);
    // Its own stream, so a corpus with transforms prints the same documents as one without.
    const transform = opts.transforms === "mixed" ? pickTransform(Rng.of(opts.seed, TRANSFORM_STREAM + slot.index)) : undefined;
    fs.writeFileSync(path.join(opts.outDir, plan.file), transform ? transform.apply(printed.text).text : printed.text);
    if (slot.region.level !== "COUNTY") kept.set(slot.index, { plan, paths: printed.paths });
    documents.push({ ...truthOf(plan, printed, parent), ...(transform ? { transform: transform.name } : {}) });
    opts.progress?.(documents.length, slots.length);
  }
  const truth: TruthFile = { version: 1, seed: opts.seed, plans: slots.length, documents };
  fs.writeFileSync(path.join(opts.outDir, "truth.json"), JSON.stringify(truth));
  return truth;
}

/** Titles of the seed documents: a generated plan never takes one (citations match plans by title). */
const SEED_TITLES = ["四川省“十四五”全民医疗保障规划", "西藏自治区关于深化医疗保障制度改革的实施意见", "清远市医疗保障事业发展“十四五”规划", "长春市医疗保障事业发展“十四五”规划", "江西省“十四五”全民医疗保障发展规划"];

function planFor(slot: PlanSlot, parent: GenPlan | undefined, bank: Bank, seedTitles: Set<string>, rng: Rng): GenPlan {
  const r = slot.region;
  const layout = layoutFor(r, rng);
  const file = `gen-${String(slot.index).padStart(4, "0")}-${r.level.toLowerCase().replace("_", "-")}.txt`;
  const sichuan: GenRegion = { name: "四川省", level: "PROVINCE", short: "四川", whole: "全省", self: "我省", unitPrefix: "省" };
  const outline: GenNode[] = parent
    ? deriveOutline(parent.outline, parent.region, r, layout, bank, rng)
    : deriveOutline(bank.template, sichuan, r, layout, bank, rng, true);
  const title = titleFor(r, layout, seedTitles);
  const year = r.level === "NATIONAL" ? 2021 : r.level === "COUNTY" ? rng.pick([2022, 2023]) : rng.pick([2021, 2022]);
  const date = r.level === "NATIONAL" ? "2021-09-23" : `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const issuer = r.level === "NATIONAL" ? "国务院办公厅" : layout === "markdown-pdf" ? `${r.name}医疗保障局` : `${r.name}人民政府办公厅`;
  const docNumber = r.level === "NATIONAL" ? "国办发〔2021〕36号" : `${r.short}${layout === "markdown-pdf" ? "医保发" : "政办发"}〔${year}〕${rng.int(1, 99)}号`;
  const cites = parent ? [parent.title, REFORM_OPINION] : [REFORM_OPINION, "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"];
  return { file, title, region: r, layout, cites, parentFile: parent?.file, outline, issuer, issuedDate: date, docNumber: rng.chance(0.8) ? docNumber : undefined };
}

/** The national plan and most provinces print a 规划 in Sichuan's layout; cities favour Changchun's, counties Tibet's. */
function layoutFor(r: GenRegion, rng: Rng): LayoutName {
  switch (r.level) {
    case "NATIONAL":
      return "chapter-section";
    case "PROVINCE":
    case "AUTONOMOUS_REGION":
      return rng.chance(0.65) ? "chapter-section" : "numbered-opinion";
    case "CITY":
      return rng.chance(0.6) ? "markdown-pdf" : "numbered-opinion";
    default:
      return rng.chance(0.6) ? "numbered-opinion" : "markdown-pdf";
  }
}

function titleFor(r: GenRegion, layout: LayoutName, seedTitles: Set<string>): string {
  if (r.level === "NATIONAL") return NATIONAL_TITLE;
  const options =
    layout === "numbered-opinion"
      ? [`${r.name}关于深化医疗保障制度改革的实施意见`, `${r.name}关于进一步深化医疗保障制度改革的实施意见`]
      : layout === "chapter-section"
        ? [`${r.name}“十四五”全民医疗保障规划`, `${r.name}“十四五”医疗保障事业发展规划`]
        : [`${r.name}医疗保障事业发展“十四五”规划`, `${r.name}“十四五”医疗保障事业发展规划`];
  return options.find((t) => !seedTitles.has(titleKey(t)))!;
}

function truthOf(plan: GenPlan, printed: Printed, parent: { plan: GenPlan; paths: Map<string, string> } | undefined): TruthDocument {
  const links: TruthDocument["links"] = [];
  if (parent) {
    const walk = (nodes: GenNode[]) => {
      for (const node of nodes) {
        const upstream = node.origin === undefined ? undefined : parent.paths.get(node.origin);
        const at = printed.paths.get(node.key);
        if (upstream !== undefined && at !== undefined) links.push({ path: at, kind: node.kind, upstream });
        walk(node.children);
      }
    };
    walk(plan.outline);
  }
  return {
    file: plan.file,
    planId: `Plan:${plan.file.replace(/\.[^.]+$/, "")}`,
    title: plan.title,
    level: plan.region.level,
    region: plan.region.name,
    layout: plan.layout,
    parentFile: parent?.plan.file,
    parentTitle: parent?.plan.title,
    expected: { ...printed.counts, indicators: printed.indicators },
    links,
    ...(printed.units.length ? { units: printed.units, unitStyle: unitStyleFor(plan.file) } : {}),
  };
}
