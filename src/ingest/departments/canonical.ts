import type { RegionLevel, RegionRef } from "../model";
import { matchKey } from "../../common/text-keys";
import {
  BODIES,
  type BodyRule,
  MUNICIPALITIES,
  NATION,
  PROVINCES,
  REGION_PREFIXES,
  REGION_SUFFIX,
  LEVELS,
  TYPE_KEYWORDS,
} from "./abbreviations";

/** The function a body serves, so that "all finance departments" works across regions. */
export type DepartmentType =
  | "医疗保障"
  | "医疗保障经办"
  | "财政"
  | "卫生健康"
  | "民政"
  | "税务"
  | "市场监管"
  | "药品监管"
  | "人力资源社会保障"
  | "发展改革"
  | "公安"
  | "司法"
  | "工会"
  | "银保监"
  | "机构编制"
  | "网信"
  | "经济和信息化"
  | "乡村振兴"
  | "退役军人"
  | "审计"
  | "教育"
  | "残联"
  | "统计"
  | "大数据"
  | "地方党委政府"
  | "其他";

export interface CanonicalDepartment {
  /** Stable id part: the match key of `name`. Two printings of one body share it. */
  key: string;
  /** Canonical full name, e.g. 西藏自治区医疗保障局. */
  name: string;
  /** The form as printed, e.g. 区医保局. */
  alias: string;
  type: DepartmentType;
  /** A set of bodies named together (各地(市)委、行署(政府), 各级医疗保障部门), not one body. */
  collective: boolean;
  /** The region the body belongs to; for a collective, the plan's region. */
  region: RegionRef;
  /**
   * The second name a body carries when printed as `A(B)`: 区市场监管局(区药监局) is the
   * market regulator acting as the drug regulator, which it houses. The unit is A;
   * B is kept so that a drug-regulation query can still find the task.
   */
  alsoActsAs?: CanonicalDepartment;
}

/**
 * The real body behind a printed unit name, in the context of the plan that prints
 * it: 区医保局 in a Tibet plan is 西藏自治区医疗保障局, 省局 in 长春市's plan is
 * 吉林省医疗保障局. `planRegion` must carry its parents (长春市 ⊂ 吉林省) for
 * prefixes naming a higher level to resolve; when it has no parent of that level,
 * the body goes under a placeholder region (see `placeholderAbove`). Names the table
 * does not know keep their printed body under the resolved region, typed by `departmentType`.
 */
export function canonicalDepartment(printed: string, planRegion: RegionRef): CanonicalDepartment {
  const alias = printed.trim();
  const s = matchKey(alias);
  const chain = ancestry(planRegion);

  if (s.startsWith("各")) return make(planRegion.name + s, alias, departmentType(s), true, planRegion);

  const known = alreadyCanonical(s, chain);
  if (known) return { ...known, alias };

  const dual = /^(.+)\(([^()]+)\)$/.exec(s);
  if (dual && parse(dual[1], chain)?.body && parse(dual[2], chain)?.body) {
    const outer = canonicalDepartment(dual[1], planRegion);
    return { ...outer, alias, alsoActsAs: canonicalDepartment(dual[2], planRegion) };
  }

  const parsed = parse(s, chain) ?? { prefix: "", rest: s };
  const place = resolve(parsed, planRegion, chain);
  const type = parsed.body?.type ?? departmentType(s);
  if (place.below) {
    const body = parsed.body ? fill(parsed.body.names.local, "", "") : parsed.rest;
    return make(`${planRegion.name}各${parsed.prefix}${body}`, alias, type, true, planRegion);
  }
  const name = parsed.body ? bodyName(parsed.body, place.region) : place.region.name + parsed.rest;
  return make(name, alias, type, false, place.region);
}

/** The functional type a name shows (区财政厅 → 财政); 其他 when no word of the table is in it. */
export function departmentType(name: string): DepartmentType {
  const key = matchKey(name);
  // 区市场监管局(区药监局): the body outside the brackets decides.
  for (const text of [key.replace(/\([^()]*\)/g, ""), key]) {
    for (const [type, words] of TYPE_KEYWORDS) if (words.some((w) => text.includes(w))) return type;
  }
  return "其他";
}

/** A department name read from running text: start and end in the text, and where its region prefix ends. */
export interface NameAt {
  start: number;
  end: number;
  /** End of the region prefix (国家 in 国家医保部门); equals `start` when there is none. */
  bodyStart: number;
}

/**
 * Reads a department name starting exactly at `pos`: optional 各级 / 各, an optional
 * region prefix, then a body the table knows. Used to find acting departments in
 * prose, so it only accepts what the table can vouch for.
 */
export function readDepartmentName(text: string, pos: number): NameAt | undefined {
  let at = pos;
  let needsRegion = false;
  if (text.startsWith("各级", at)) at += 2;
  else if (text.startsWith("各", at)) [at, needsRegion] = [at + 1, true];
  const starts = needsRegion ? prefixEnds(text, at) : [...prefixEnds(text, at), at];
  for (const bodyStart of starts) {
    const body = bodyAt(text, bodyStart);
    if (!body || (body.rule.needsPrefix && bodyStart === at)) continue;
    return { start: pos, end: bodyStart + body.form.length, bodyStart };
  }
  return undefined;
}

/** End of a region prefix at `pos` (国家, 省, 西藏自治区 …), the longest one. */
export function readRegionPrefix(text: string, pos: number): number | undefined {
  return prefixEnds(text, pos)[0];
}

interface Parsed {
  prefix: string;
  region?: RegionRef;
  rest: string;
  body?: BodyRule;
}

function make(name: string, alias: string, type: DepartmentType, collective: boolean, region: RegionRef): CanonicalDepartment {
  return { key: matchKey(name), name, alias, type, collective, region };
}

function ancestry(region: RegionRef): RegionRef[] {
  const out: RegionRef[] = [];
  for (let r: RegionRef | undefined = region; r; r = r.parent) out.push(r);
  return out;
}

function shortName(region: RegionRef): string {
  if (region.level === "NATIONAL" || region.placeholder) return region.name;
  return region.name.replace(REGION_SUFFIX, "") || region.name;
}

const isMunicipality = (region: RegionRef) => region.level === "PROVINCE" && MUNICIPALITIES.includes(region.name);

/** A body's canonical name in a region: by the region's tier, a municipality's bodies by their local names. */
function bodyName(body: BodyRule, region: RegionRef): string {
  const template = isMunicipality(region) ? (body.municipal ?? body.names.local) : body.names[LEVELS[region.level].tier];
  return fill(template, region.name, shortName(region));
}

function fill(template: string, full: string, short: string): string {
  return template.replace("{R}", full).replace("{r}", short);
}

/** All ways to read `s` as region + body; the first with a known body wins, else the longest prefix. */
function parse(s: string, chain: RegionRef[]): Parsed | undefined {
  const candidates: Parsed[] = [];
  for (const r of chain) for (const p of [r.name, shortName(r)]) if (s.startsWith(p)) candidates.push({ prefix: p, region: r, rest: s.slice(p.length) });
  for (const p of PROVINCES) {
    for (const form of [p.name, p.short]) {
      if (s.startsWith(form)) candidates.push({ prefix: form, region: { name: p.name, level: p.level, parent: NATION }, rest: s.slice(form.length) });
    }
  }
  for (const p of REGION_PREFIXES) if (s.startsWith(p.prefix)) candidates.push({ prefix: p.prefix, rest: s.slice(p.prefix.length) });
  candidates.sort((a, b) => b.prefix.length - a.prefix.length);
  candidates.push({ prefix: "", rest: s });
  for (const c of candidates) {
    const body = BODIES.find((b) => b.forms.includes(c.rest) && !(b.needsPrefix && !c.prefix));
    if (body) return { ...c, body };
  }
  return candidates.length > 1 ? candidates[0] : undefined;
}

/**
 * Where a parsed prefix points: a region of the plan's chain, another province, the
 * nation, every body of a lower level, or a placeholder for a higher region the plan
 * names but the region table does not know.
 */
function resolve(parsed: Parsed, plan: RegionRef, chain: RegionRef[]): { region: RegionRef; below?: boolean } {
  if (!parsed.prefix) return { region: plan };
  if (parsed.region) return { region: chain.find((r) => r.name === parsed.region!.name) ?? parsed.region };
  const rule = REGION_PREFIXES.find((p) => p.prefix === parsed.prefix)!;
  for (const level of rule.levels) {
    // A municipality's plan (or its districts') calls the municipality 市.
    const hit = chain.find((r) => r.level === level || (level === "CITY" && isMunicipality(r)));
    if (hit) return { region: hit };
    if (level === "NATIONAL") return { region: NATION };
  }
  if (rule.levels.some((l) => LEVELS[l].rank > LEVELS[plan.level].rank)) return { region: plan, below: true };
  return { region: placeholderAbove(plan, rule.levels[0]) };
}

/**
 * The region of `level` above `plan` when the region table does not know it: 省局 in
 * the plan of a county that src/ingest/parse/regions.ts has no parent for. The plan
 * still loads (the parser warns on the line, see parse/unit-warnings.ts), and its body
 * keeps its printed kind under `清水县所在省` ("the province 清水县 is in"): one such
 * region per plan region and level, marked `placeholder`, with no parent, since where
 * it sits is exactly what is unknown. It is never guessed to be another plan's province:
 * two unknown counties may lie in different ones. The fix is data, not code: give the
 * plan's region its parent in regions.ts and reload the plan; its tasks then name the
 * real body (吉林省医疗保障局), and the placeholder department, left without tasks,
 * is removed by the loader with its placeholder region.
 */
export function placeholderAbove(plan: RegionRef, level: RegionLevel): RegionRef {
  return { name: `${plan.name}所在${LEVEL_WORD[level]}`, level, placeholder: true };
}

const LEVEL_WORD: Record<RegionLevel, string> = { NATIONAL: "国家", PROVINCE: "省", AUTONOMOUS_REGION: "自治区", CITY: "市", COUNTY: "县" };

/** `s` is already a canonical name of a body of the plan's chain (西藏自治区医疗保障局, 中国银保监会西藏监管局). */
function alreadyCanonical(s: string, chain: RegionRef[]): CanonicalDepartment | undefined {
  for (const region of [...chain, ...(chain.some((r) => r.level === "NATIONAL") ? [] : [NATION])]) {
    for (const body of BODIES) {
      const name = bodyName(body, region);
      if (name === s) return make(name, s, body.type, false, region);
    }
  }
  return undefined;
}

let sortedForms: { form: string; rule: BodyRule }[] | undefined;

function bodyAt(text: string, pos: number): { form: string; rule: BodyRule } | undefined {
  sortedForms ??= BODIES.flatMap((rule) => rule.forms.map((form) => ({ form, rule }))).sort((a, b) => b.form.length - a.form.length);
  return sortedForms.find((f) => text.startsWith(f.form, pos));
}

let sortedPrefixes: string[] | undefined;

/** Ends of every region prefix that starts at `pos`, longest first. */
function prefixEnds(text: string, pos: number): number[] {
  sortedPrefixes ??= [...new Set([...PROVINCES.flatMap((p) => [p.name, p.short]), ...REGION_PREFIXES.map((p) => p.prefix)])].sort(
    (a, b) => b.length - a.length,
  );
  return sortedPrefixes.filter((p) => text.startsWith(p, pos)).map((p) => pos + p.length);
}
