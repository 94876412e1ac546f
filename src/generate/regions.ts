import { CHINA, findRegion, unknownLocalRegion } from "../ingest/parse/regions";
import { Rng } from "./random";
import type { GenRegion } from "./model";

/**
 * The regions of a national corpus: the nation, the 31 mainland provincial-level
 * divisions (real names, so the parser links them to 中国), and invented prefecture
 * cities and counties (plausible two- or three-character names that name no real
 * province and no city the parser knows, so each is read as its own region).
 */

export const NATION: GenRegion = { name: CHINA.name, level: "NATIONAL", short: "中国", whole: "全国", self: "我国", unitPrefix: "国家" };

const MUNICIPALITIES = ["北京市", "天津市", "上海市", "重庆市"];
const AUTONOMOUS = ["内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区"];
const PROVINCES = [
  "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
  "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
];

export function provinces(): GenRegion[] {
  const out: GenRegion[] = [];
  for (const name of [...MUNICIPALITIES, ...PROVINCES, ...AUTONOMOUS]) {
    const short = name.replace(/(壮族|回族|维吾尔)?(自治区|省|市)$/, "");
    if (MUNICIPALITIES.includes(name)) {
      // A municipality's own bodies print as 市医保局, which the department table reads as "every city's"; the full name is unambiguous.
      out.push({ name, level: "PROVINCE", short, whole: "全市", self: "我市", unitPrefix: name, below: "各区县人民政府", parent: NATION });
    } else if (AUTONOMOUS.includes(name)) {
      out.push({ name, level: "AUTONOMOUS_REGION", short, whole: "全区", self: "我区", unitPrefix: "区", below: "各地(市)人民政府", parent: NATION });
    } else {
      out.push({ name, level: "PROVINCE", short, whole: "全省", self: "我省", unitPrefix: "省", below: "各市(州)人民政府", parent: NATION });
    }
  }
  return out;
}

const FIRST = [..."安平永新长宁昌德临清丰兴和泰武东建嘉金龙阳江沙石白红青黄云桃柳松梅荣富华仁义定靖康乐福寿桂兰凤鹤岳衡汉汾洛湘沅资屏高盛广保"];
const SECOND = [..."阳安平宁江山川城河源丰昌德林泉溪水湖海岭台口坪陵原化兴明远定和田峰岗集塘桥溪州洲浦"];
const THIRD = [..."春乐远安宁丰平泰和兴德化昌"];

/**
 * Invented local names, unique across the corpus. A name is refused when the
 * parser would read another region into a title that starts with it (a province's
 * short name such as 海南, or a city it knows).
 */
export class LocalNames {
  private readonly taken = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(suffix: "市" | "县" | "区"): string {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const body = this.rng.pick(FIRST) + this.rng.pick(SECOND) + (attempt > 200 || this.rng.chance(0.15) ? this.rng.pick(THIRD) : "");
      if (body[0] === body[1] || this.taken.has(body)) continue;
      const name = body + suffix;
      const probe = `${name}医疗保障事业发展规划`;
      if (findRegion(probe) || unknownLocalRegion(probe)?.name !== name) continue;
      this.taken.add(body);
      return name;
    }
    throw new Error("ran out of local region names");
  }
}

export function city(name: string, province: GenRegion): GenRegion {
  return { name, level: "CITY", short: name.slice(0, -1), whole: "全市", self: "我市", unitPrefix: "市", below: "各县(市、区)人民政府", parent: province };
}

export function county(name: string, parentCity: GenRegion): GenRegion {
  const district = name.endsWith("区");
  return {
    name,
    level: "COUNTY",
    short: name.slice(0, -1),
    whole: district ? "全区" : "全县",
    self: district ? "我区" : "我县",
    unitPrefix: district ? "区" : "县",
    below: district ? "各街道办事处" : "各乡镇人民政府",
    parent: parentCity,
  };
}
