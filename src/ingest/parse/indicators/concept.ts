import { matchKey } from "../../../common/text-keys";

/**
 * Wordings that plans use for the same measure, longest first within a concept.
 * Data, not code: a new plan's wording is one more row.
 */
const SYNONYMS: [from: string, to: string][] = [
  ["基本医保", "基本医疗保险"],
  ["参保覆盖率", "参保率"],
  ["住院医疗费用", "住院费用"],
  ["住院报销比例", "住院费用基金支付比例"],
  ["基金支出比例", "基金支付比例"],
  ["城镇职工", "职工"],
];

/** A population that a sub-row qualifies its parent with, `…比例(职工)`: the same measure as `职工…比例`. */
const POPULATION = /^(.*)\((职工|城乡居民|居民|职工医保|城乡居民医保)\)$/;

/** Qualifiers that do not change what is measured. */
const NOISE = [
  /<sup>[^<]*<\/sup>|[①-⑳]/g,
  /^\d{1,2}[.、](?!\d)/,
  /\((?:%|‰|[万亿]?元|万?人次?|个|类|种|项|家|天|个?月|岁)\)/g,
  /\(含[^()]*\)/g,
  /年度|全市|全省|全区|我市|我省|%/g,
];

/**
 * The key under which one indicator of different plans meets: simplified, folded,
 * without units, scope words (全省, 年度) and `(含生育保险)`-style inclusions, with
 * a few synonymous wordings mapped to one. `基本医疗保险参保率` (四川),
 * `基本醫療保險參保率` (清远), `基本医疗保险参保率(%)` (长春) and
 * `基本医疗保险参保覆盖率` (江西) all give `基本医疗保险参保率`.
 */
export function indicatorConcept(name: string): string {
  let key = matchKey(name);
  for (const pattern of NOISE) key = key.replace(pattern, "");
  key = key.replace(POPULATION, "$2$1");
  for (const [from, to] of SYNONYMS) key = key.split(from).join(to);
  return key;
}
