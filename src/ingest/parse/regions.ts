import type { RegionLevel, RegionRef } from "../model";

/**
 * Administrative regions a plan can be issued for. Data, not code: a new city's
 * plan needs one row in CITY_PROVINCE (city → its province), nothing else.
 */

export const CHINA: RegionRef = { name: "中国", level: "NATIONAL" };

/** The 34 provincial-level divisions. Municipalities and SARs sit at the PROVINCE level of our model. */
const PROVINCES: [name: string, level: RegionLevel][] = [
  ...[
    "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
    "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
  ].map((n): [string, RegionLevel] => [n, "PROVINCE"]),
  ...["北京市", "天津市", "上海市", "重庆市", "香港特别行政区", "澳门特别行政区"].map((n): [string, RegionLevel] => [n, "PROVINCE"]),
  ...["内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区"].map(
    (n): [string, RegionLevel] => [n, "AUTONOMOUS_REGION"],
  ),
];

/** Prefecture-level cities and the province they belong to. Extend freely. */
export const CITY_PROVINCE: Record<string, string> = {
  清远市: "广东省",
  广州市: "广东省",
  深圳市: "广东省",
  长春市: "吉林省",
  吉林市: "吉林省",
  成都市: "四川省",
  拉萨市: "西藏自治区",
  南昌市: "江西省",
  赣州市: "江西省",
  武汉市: "湖北省",
  杭州市: "浙江省",
  南京市: "江苏省",
  济南市: "山东省",
  郑州市: "河南省",
  长沙市: "湖南省",
  西安市: "陕西省",
  沈阳市: "辽宁省",
  哈尔滨市: "黑龙江省",
  合肥市: "安徽省",
  福州市: "福建省",
  昆明市: "云南省",
  贵阳市: "贵州省",
};

const PROVINCE_BY_NAME = new Map(PROVINCES.map(([name, level]) => [name, { name, level, parent: CHINA } as RegionRef]));

/** A province's name without its suffix: 四川, 西藏, 广西, 内蒙古. */
function shortName(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, "");
}

export function regionByName(name: string): RegionRef | undefined {
  if (name === CHINA.name) return CHINA;
  const province = PROVINCE_BY_NAME.get(name);
  if (province) return province;
  const parent = CITY_PROVINCE[name];
  if (parent) return { name, level: "CITY", parent: PROVINCE_BY_NAME.get(parent) };
  return undefined;
}

/**
 * The region a title names: the earliest known region name (full, or a province's
 * short name at the very start), e.g. `清远市医疗保障事业发展…` → 清远市 ⊂ 广东省 ⊂ 中国.
 * Undefined when none is known.
 */
export function findRegion(text: string): RegionRef | undefined {
  const compact = text.replace(/\s+/g, "");
  let best: { at: number; region: RegionRef } | undefined;
  const names = [...PROVINCE_BY_NAME.keys(), ...Object.keys(CITY_PROVINCE)];
  for (const name of names) {
    const at = compact.indexOf(name);
    if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.region.name.length))) {
      best = { at, region: regionByName(name)! };
    }
  }
  if (best) return best.region;
  for (const [name] of PROVINCES) if (compact.startsWith(shortName(name))) return regionByName(name);
  return undefined;
}

/** A city or county that the title names but the table does not know: kept without a parent. */
export function unknownLocalRegion(text: string): RegionRef | undefined {
  const m = /^(?:关于)?([\u4e00-\u9fff]{2,8}?)(市|县|区|旗)/.exec(text.replace(/\s+/g, ""));
  if (!m) return undefined;
  return { name: m[1] + m[2], level: m[2] === "市" ? "CITY" : "COUNTY" };
}
