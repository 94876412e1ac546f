/**
 * The reviewed table of how plans abbreviate the bodies they name. Change the
 * data here, not the code in canonical.ts: a new short form, a new functional
 * type or a new kind of region prefix is one row.
 *
 * All forms are in normalized text (simplified, half-width brackets).
 */
import type { RegionLevel } from "../model";
import type { DepartmentType } from "./canonical";

/** The rank a body's name depends on: 财政部 / 四川省财政厅 / 长春市财政局. */
export type Tier = "national" | "provincial" | "local";

/**
 * Each region level's tier (the rank a body's name depends on) and its depth below the
 * nation: provinces and autonomous regions share both.
 */
export const LEVELS: Record<RegionLevel, { tier: Tier; rank: number }> = {
  NATIONAL: { tier: "national", rank: 0 },
  PROVINCE: { tier: "provincial", rank: 1 },
  AUTONOMOUS_REGION: { tier: "provincial", rank: 1 },
  CITY: { tier: "local", rank: 2 },
  COUNTY: { tier: "local", rank: 3 },
};

export interface RegionPrefix {
  /** As printed in front of a body: 区医保局, 省局, 市医保局. */
  prefix: string;
  /** The levels it can name, tried in order against the plan's region and its ancestors. */
  levels: RegionLevel[];
}

/**
 * A prefix names a region relative to the plan: 区 in a Tibet plan is 西藏自治区;
 * 省 in 长春市's plan is its province 吉林省. A prefix naming a level *below* the
 * plan (市 in a province plan) names all bodies of that level: a collective.
 */
export const REGION_PREFIXES: RegionPrefix[] = [
  { prefix: "国家", levels: ["NATIONAL"] },
  { prefix: "中央", levels: ["NATIONAL"] },
  { prefix: "自治区", levels: ["AUTONOMOUS_REGION"] },
  // 省 names the provincial level: in an autonomous region's plan (or its cities') that is the autonomous region.
  { prefix: "省", levels: ["PROVINCE", "AUTONOMOUS_REGION"] },
  { prefix: "市", levels: ["CITY"] },
  { prefix: "县", levels: ["COUNTY"] },
  // Tibet's documents write 区 for the autonomous region (区医保局); in a district's own plan 区 is the district.
  { prefix: "区", levels: ["AUTONOMOUS_REGION", "COUNTY"] },
];

/** The name of the nation when a body is national (国家医保局) and the plan's region chain stops below it. */
export const NATION = { name: "中国", level: "NATIONAL" as const };

/**
 * Municipalities: PROVINCE in our model, but a city by name, so their own plans print
 * 市医保局 for their own bureau, and their bodies carry a city's names (北京市财政局, not 财政厅).
 */
export const MUNICIPALITIES = ["北京市", "天津市", "上海市", "重庆市"];

/** Province-level regions, so that a body printed with another region's name (西藏银保监局, 重庆市医保局) resolves. */
export const PROVINCES: { name: string; short: string; level: RegionLevel }[] = [
  ...MUNICIPALITIES.map((name) => ({ name, short: name.slice(0, -1), level: "PROVINCE" as const })),
  ...["河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海"].map(
    (short) => ({ name: `${short}省`, short, level: "PROVINCE" as const }),
  ),
  { name: "内蒙古自治区", short: "内蒙古", level: "AUTONOMOUS_REGION" },
  { name: "广西壮族自治区", short: "广西", level: "AUTONOMOUS_REGION" },
  { name: "西藏自治区", short: "西藏", level: "AUTONOMOUS_REGION" },
  { name: "宁夏回族自治区", short: "宁夏", level: "AUTONOMOUS_REGION" },
  { name: "新疆维吾尔自治区", short: "新疆", level: "AUTONOMOUS_REGION" },
];

/** The level word a region's short name drops: 西藏自治区 → 西藏, 长春市 → 长春. */
export const REGION_SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|自治州|地区|省|市|州|盟|县|区)$/;

export interface BodyRule {
  type: DepartmentType;
  /** Printed forms of the body after any region prefix. */
  forms: string[];
  /** Canonical name by the tier of the body's region; `{R}` is the region's full name, `{r}` its short name (西藏). */
  names: Record<Tier, string>;
  /** The name in a municipality when it is not the local one (a municipality's regulator office is a 监管局, not a 分局). */
  municipal?: string;
  /** A form too bare to stand alone: 局 is a body only as 省局 / 市局. */
  needsPrefix?: boolean;
}

const local = (body: string) => `{R}${body}`;

export const BODIES: BodyRule[] = [
  {
    type: "医疗保障",
    forms: ["医疗保障局", "医保局", "医疗保障部门", "医保部门", "医疗保障行政部门", "医保行政部门"],
    names: { national: "国家医疗保障局", provincial: local("医疗保障局"), local: local("医疗保障局") },
  },
  // Every plan here is a medical-insurance plan issued by or for the 医保 system, so its 省局 / 市局 is the 医保局.
  {
    type: "医疗保障",
    forms: ["局"],
    needsPrefix: true,
    names: { national: "国家医疗保障局", provincial: local("医疗保障局"), local: local("医疗保障局") },
  },
  {
    type: "医疗保障经办",
    forms: ["医疗保障服务中心", "医保服务中心", "医疗保障中心", "医保中心"],
    names: { national: "国家医疗保障局医疗保障服务中心", provincial: local("医疗保障服务中心"), local: local("医疗保障服务中心") },
  },
  {
    type: "医疗保障经办",
    forms: ["医疗保障经办机构", "医保经办机构"],
    names: { national: "国家医疗保障经办机构", provincial: local("医疗保障经办机构"), local: local("医疗保障经办机构") },
  },
  {
    type: "财政",
    forms: ["财政厅", "财政局", "财政部门", "财政部"],
    names: { national: "财政部", provincial: local("财政厅"), local: local("财政局") },
  },
  {
    type: "卫生健康",
    forms: ["卫生健康委员会", "卫生健康委", "卫健委", "卫生健康部门", "卫健部门"],
    names: { national: "国家卫生健康委员会", provincial: local("卫生健康委员会"), local: local("卫生健康委员会") },
  },
  {
    // Counties often keep a 卫生健康局 rather than a committee.
    type: "卫生健康",
    forms: ["卫生健康局", "卫健局"],
    names: { national: "国家卫生健康委员会", provincial: local("卫生健康委员会"), local: local("卫生健康局") },
  },
  {
    type: "民政",
    forms: ["民政厅", "民政局", "民政部门", "民政部"],
    names: { national: "民政部", provincial: local("民政厅"), local: local("民政局") },
  },
  {
    // Tax bureaus are vertical: the province's bureau belongs to the State Taxation Administration.
    type: "税务",
    forms: ["税务局", "税务部门", "税务机关", "税务总局"],
    names: { national: "国家税务总局", provincial: "国家税务总局{R}税务局", local: "国家税务总局{R}税务局" },
  },
  {
    type: "市场监管",
    forms: ["市场监督管理局", "市场监管局", "市场监督管理部门", "市场监管部门", "市场监管总局"],
    names: { national: "国家市场监督管理总局", provincial: local("市场监督管理局"), local: local("市场监督管理局") },
  },
  {
    type: "药品监管",
    forms: ["药品监督管理局", "药监局", "药品监督管理部门", "药品监管部门", "药监部门"],
    names: { national: "国家药品监督管理局", provincial: local("药品监督管理局"), local: local("药品监督管理局") },
  },
  {
    type: "人力资源社会保障",
    forms: [
      "人力资源和社会保障厅",
      "人力资源社会保障厅",
      "人社厅",
      "人力资源和社会保障局",
      "人力资源社会保障局",
      "人社局",
      "人力资源和社会保障部门",
      "人力资源社会保障部门",
      "人社部门",
      "人力资源和社会保障部",
      "人力资源社会保障部",
      "人社部",
    ],
    names: { national: "人力资源和社会保障部", provincial: local("人力资源和社会保障厅"), local: local("人力资源和社会保障局") },
  },
  {
    type: "发展改革",
    forms: ["发展和改革委员会", "发展改革委员会", "发展改革委", "发改委", "发展改革部门", "发改部门"],
    names: { national: "国家发展和改革委员会", provincial: local("发展和改革委员会"), local: local("发展和改革委员会") },
  },
  {
    type: "公安",
    forms: ["公安厅", "公安局", "公安部门", "公安机关", "公安部"],
    names: { national: "公安部", provincial: local("公安厅"), local: local("公安局") },
  },
  {
    type: "司法",
    forms: ["司法厅", "司法局", "司法行政部门", "司法部门", "司法部"],
    names: { national: "司法部", provincial: local("司法厅"), local: local("司法局") },
  },
  {
    type: "工会",
    forms: ["总工会"],
    names: { national: "中华全国总工会", provincial: local("总工会"), local: local("总工会") },
  },
  {
    // Printed as 西藏银保监局; the regulator's offices are named after the region's short name.
    type: "银保监",
    forms: ["银保监局", "银保监分局", "银保监部门", "银保监会"],
    names: { national: "中国银行保险监督管理委员会", provincial: "中国银保监会{r}监管局", local: "中国银保监会{r}监管分局" },
    municipal: "中国银保监会{r}监管局",
  },
  {
    // The 编办 is the office of the party committee's 机构编制委员会, whether or not 党委 is printed.
    type: "机构编制",
    forms: ["党委机构编制委员会办公室", "机构编制委员会办公室", "党委编办", "委编办", "编办"],
    names: { national: "中央机构编制委员会办公室", provincial: "中共{R}委员会机构编制委员会办公室", local: "中共{R}委员会机构编制委员会办公室" },
  },
  {
    type: "网信",
    forms: ["党委网络安全和信息化委员会办公室", "网络安全和信息化委员会办公室", "党委网信办", "委网信办", "网信办", "网信部门"],
    names: {
      national: "中央网络安全和信息化委员会办公室",
      provincial: "中共{R}委员会网络安全和信息化委员会办公室",
      local: "中共{R}委员会网络安全和信息化委员会办公室",
    },
  },
  {
    type: "经济和信息化",
    forms: ["经济和信息化厅", "经信厅", "经济和信息化局", "经信局", "经济和信息化部门", "经信部门"],
    names: { national: "工业和信息化部", provincial: local("经济和信息化厅"), local: local("经济和信息化局") },
  },
  {
    type: "经济和信息化",
    forms: ["工业和信息化厅", "工信厅", "工业和信息化局", "工信局", "工业和信息化部门", "工信部门", "工业和信息化部", "工信部"],
    names: { national: "工业和信息化部", provincial: local("工业和信息化厅"), local: local("工业和信息化局") },
  },
  {
    type: "乡村振兴",
    forms: ["乡村振兴局", "乡村振兴部门"],
    names: { national: "国家乡村振兴局", provincial: local("乡村振兴局"), local: local("乡村振兴局") },
  },
  {
    type: "退役军人",
    forms: ["退役军人事务厅", "退役军人事务局", "退役军人事务部门", "退役军人事务部"],
    names: { national: "退役军人事务部", provincial: local("退役军人事务厅"), local: local("退役军人事务局") },
  },
  {
    type: "审计",
    forms: ["审计厅", "审计局", "审计部门", "审计机关", "审计署"],
    names: { national: "审计署", provincial: local("审计厅"), local: local("审计局") },
  },
  {
    type: "教育",
    forms: ["教育厅", "教育局", "教育部门", "教育部"],
    names: { national: "教育部", provincial: local("教育厅"), local: local("教育局") },
  },
  {
    type: "残联",
    forms: ["残疾人联合会", "残联"],
    names: { national: "中国残疾人联合会", provincial: local("残疾人联合会"), local: local("残疾人联合会") },
  },
  {
    type: "统计",
    forms: ["统计局", "统计部门"],
    names: { national: "国家统计局", provincial: local("统计局"), local: local("统计局") },
  },
  {
    type: "大数据",
    forms: ["大数据管理局", "大数据局", "大数据管理部门"],
    names: { national: "国家数据局", provincial: local("大数据管理局"), local: local("大数据管理局") },
  },
  {
    type: "大数据",
    forms: ["大数据中心"],
    names: { national: "国家大数据中心", provincial: local("大数据中心"), local: local("大数据中心") },
  },
  {
    type: "地方党委政府",
    forms: ["人民政府", "政府"],
    names: { national: "国务院", provincial: local("人民政府"), local: local("人民政府") },
  },
  {
    type: "地方党委政府",
    forms: ["党委"],
    names: { national: "中共中央", provincial: "中共{R}委员会", local: "中共{R}委员会" },
  },
  {
    // A prefecture's administrative office (Tibet's 地区行署).
    type: "地方党委政府",
    forms: ["行政公署", "行署"],
    names: { national: "国务院", provincial: local("人民政府"), local: local("行政公署") },
  },
];

/**
 * Words that give a name's functional type, tried in order: the first row with a
 * word in the name wins, so the more specific rows come first (医保经办机构 before
 * 医保; 人民政府 before 民政; the other 党委/政府 words last, as 卫生健康委员会 is no party body).
 */
export const TYPE_KEYWORDS: [DepartmentType, string[]][] = [
  ["医疗保障经办", ["经办机构", "医保中心", "医疗保障服务中心", "医保服务中心", "医疗保障中心"]],
  ["机构编制", ["机构编制", "编办"]],
  ["网信", ["网络安全和信息化", "网信"]],
  ["银保监", ["银保监", "银行保险监督"]],
  ["税务", ["税务"]],
  ["市场监管", ["市场监督", "市场监管"]],
  ["药品监管", ["药品监督", "药品监管", "药监"]],
  ["医疗保障", ["医疗保障", "医保"]],
  ["财政", ["财政"]],
  ["卫生健康", ["卫生健康", "卫健"]],
  // Before 民政, which 人民政府 contains.
  ["地方党委政府", ["人民政府"]],
  ["民政", ["民政"]],
  ["人力资源社会保障", ["人力资源", "人社"]],
  ["发展改革", ["发展和改革", "发展改革", "发改"]],
  ["公安", ["公安"]],
  ["司法", ["司法"]],
  ["工会", ["工会"]],
  ["经济和信息化", ["经济和信息化", "工业和信息化", "经信", "工信"]],
  ["乡村振兴", ["乡村振兴"]],
  ["退役军人", ["退役军人"]],
  ["审计", ["审计"]],
  ["教育", ["教育"]],
  ["残联", ["残疾人联合会", "残联"]],
  ["统计", ["统计"]],
  ["大数据", ["大数据", "数据局"]],
  ["地方党委政府", ["人民政府", "政府", "行署", "行政公署", "党委", "中共", "国务院"]],
];
