import { chineseNumber } from "./numbering";

export interface Period {
  periodStart?: number;
  periodEnd?: number;
  /** Which rule decided, for the warning when none did. */
  rule?: "stated" | "title-years" | "five-year-plan" | "target-year";
}

/** A year in Chinese numerals (`二〇二二年`), read as digits: the same length, so positions hold. */
const CN_YEAR = /([二][〇零][一二三四五六七八九〇零][〇零一二三四五六七八九])(?=\s*年)/g;
const CN_DIGIT: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/** `二〇二五年` → `2025年`, every other character kept: the deadline and period rules read digits. */
export function withArabicYears(text: string): string {
  return text.replace(CN_YEAR, (y) => [...y].map((ch) => CN_DIGIT[ch]).join(""));
}

/** The years of the Nth five-year plan (十四五 → 2021–2025). Counting from the 3rd (1966): 1963–65 was no plan period. */
export function fiveYearPlan(ordinal: string): { start: number; end: number } | undefined {
  const n = chineseNumber(ordinal);
  if (n === undefined || n < 3) return undefined;
  const start = 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

/** `十四五` anywhere in a text → its plan's years. */
export function fiveYearPlanIn(text: string): { start: number; end: number } | undefined {
  const m = /(十[一二三四五六七八九]?|[三四五六七八九])五(?![年个])/.exec(text);
  return m ? fiveYearPlan(m[1]) : undefined;
}

/**
 * A plan's period, by the first rule that applies:
 * 1. stated in the preamble: `规划编制期为 2021 年至 2025 年`;
 * 2. years in the title: `…规划(2021—2025年)`;
 * 3. a five-year plan named in the title: `“十四五”…规划` → 2021–2025;
 * 4. otherwise the first target year of the text, `到2025年` → periodEnd 2025 only:
 *    an opinion states when its goals fall due, not when it starts, so periodStart stays open.
 */
export function findPeriod(printedTitle: string, printedPreamble: string, printedBody: string): Period {
  // Years may be printed in Chinese numerals (`二〇二一年至二〇二五年`): every rule reads digits.
  const [title, preamble, body] = [printedTitle, printedPreamble, printedBody].map(withArabicYears);
  const range = String.raw`(\d{4})\s*年?\s*(?:至|到|-|—|~|－)+\s*(\d{4})\s*年`;
  const stated = new RegExp(String.raw`(?:规划|编制|实施)期(?:为|是)?\s*` + range).exec(preamble);
  if (stated) return { periodStart: Number(stated[1]), periodEnd: Number(stated[2]), rule: "stated" };
  const inTitle = new RegExp(range).exec(title);
  if (inTitle) return { periodStart: Number(inTitle[1]), periodEnd: Number(inTitle[2]), rule: "title-years" };
  const plan = fiveYearPlanIn(title);
  if (plan) return { periodStart: plan.start, periodEnd: plan.end, rule: "five-year-plan" };
  const target = /(?:到|至)\s*(\d{4})\s*年/.exec(preamble + "\n" + body);
  if (target) return { periodEnd: Number(target[1]), rule: "target-year" };
  return {};
}
