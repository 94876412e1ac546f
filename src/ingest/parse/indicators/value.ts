import type { Comparator } from "../../model";
import { isEmptyCell, matchKey } from "../../../common/text-keys";

/** Units that may follow a number in a value cell or stand alone in a unit cell (normalized form). */
export const UNIT = /^(%|‰|[万亿]?元|万?人次?|个|类|种|项|家|天|个?月|年|岁|张|床|所|个百分点)$/;

/** Words that only qualify a number; anything else next to it makes the cell prose, not a value. */
const QUALIFIER = /稳定在|保持在|控制在|稳定|保持|达到|达|不低于|不少于|不高于|不超过|超过|高于|低于|少于|及以上|以上|以下|以内|左右|约|覆盖|>=|<=|[<>≥≤=]/g;
/**
 * A unit written after the number. Anchored at both ends, so the whole remainder must be one
 * unit: otherwise 个 would match the start of 个百分点 and leave 百分点 as prose. 年 is left
 * out on purpose: `2025年` is a date, not a value.
 */
const TRAILING_UNIT = /^#(%|‰|[万亿]?元|万?人次?|个|类|种|项|家|天|个?月|岁|个百分点)$/;

/** Checked in this order: `不低于` contains `低于`, `不超过` contains `超过`. */
const COMPARATORS: [RegExp, Comparator][] = [
  [/不低于|不少于|≥|>=|以上/, "GTE"],
  [/不高于|不超过|≤|<=|以下|以内/, "LTE"],
  [/>|超过|高于/, "GT"],
  [/<|低于|少于/, "LT"],
];

/**
 * Reads a printed target or baseline as a number with a comparator, when the cell
 * is one number with qualifiers (`95%以上`, `稳定在 95 以上`, `>95`, `1356.53亿元`).
 * Cells with several numbers or with prose around the number (`在职人员87/退休人员90`,
 * `12 个统筹地区`) give no number: a wrong number is worse than none. Without a
 * number, only stability wording (`保持稳定`) yields a comparator.
 */
export function parseIndicatorValue(printed: string): { value?: number; comparator?: Comparator } {
  if (isEmptyCell(printed)) return {};
  const key = matchKey(printed);
  const numbers = key.match(/\d+(?:\.\d+)?/g);
  if (!numbers) return /稳定/.test(key) ? { comparator: "STABLE" } : {};
  if (numbers.length !== 1) return {};
  const rest = key.replace(numbers[0], "#");
  const bare = rest.replace(QUALIFIER, "").replace(TRAILING_UNIT, "#");
  if (bare !== "#") return {};
  const comparator = COMPARATORS.find(([pattern]) => pattern.test(rest))?.[1] ?? "EQ";
  return { value: Number(numbers[0]), comparator };
}
