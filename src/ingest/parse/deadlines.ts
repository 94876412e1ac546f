import { fiveYearPlan, withArabicYears } from "./period";

const YEAR = String.raw`(20\d{2})\s*年`;

/**
 * Ways a plan says "by year X" (normalized text). A year counts only when the
 * wording makes it a deadline or a milestone, not when it dates a past fact
 * ("2019年1月…挂牌成立") or names a document ("2035年远景目标纲要").
 */
const PATTERNS: RegExp[] = [
  // 到2025年, 到2023年底, 至2022年末, 力争2022年实现, 争取2023年
  new RegExp(String.raw`(?:到|至|力争|争取|确保|于)\s*${YEAR}(?!\s*\d{1,2}\s*月)`, "g"),
  // 2023年6月底前, 于2022年9月底, 到2024年12月
  new RegExp(String.raw`${YEAR}\s*\d{1,2}\s*月\s*(?:底|末)?\s*(?:前|以前|之前)`, "g"),
  new RegExp(String.raw`(?:到|至|于|力争|争取|确保)\s*${YEAR}\s*\d{1,2}\s*月`, "g"),
  // 2021年底前, 2021 年底前, 2025年前, 2022年以前
  new RegExp(String.raw`${YEAR}\s*(?:底|末)?\s*(?:前|以前|之前)`, "g"),
  // 2022年建成, 2023 年建成, 2021年出台, 2024 年实现, 2025年全面开展
  new RegExp(
    String.raw`${YEAR}\s*(?:底|末)?\s*(?:基本|全面|初步|逐步|要)?\s*(?:建成|完成|实现|出台|修订|建立|开展|启动|上线|覆盖|达到|统一|推广|推行|形成)`,
    "g",
  ),
  // A clause that opens with a year: `2021年,所有统筹区…`, `2022年以社区卫生服务机构为信用主体进行试点`
  new RegExp(String.raw`(?:^|[。;,:])\s*(?:\d{1,2}\.\s*)?${YEAR}(?!\s*\d{1,2}\s*月)(?!\s*(?:以来|的|相比|比|同期))`, "g"),
];

/** `至“十四五”末`, `到“十四五”期末`, `“十四五”时期末`: the last year of that five-year plan. */
const PLAN_END = /(十[一二三四五六七八九]?|[三四五六七八九])五[”"]?\s*(?:期末|末|时期末|期间末)/g;
/** `“十四五”期间实现…`: a period counts as its last year only when something is to be achieved in it. */
const PLAN_WITHIN = /(十[一二三四五六七八九]?|[三四五六七八九])五[”"]?\s*(?:期间|时期)\s*(?:内)?\s*(?:全面|基本)?(?:实现|完成|建成|达到)/g;

/** The deadline and milestone years a text names, sorted and unique. */
export function findDeadlines(printed: string): number[] {
  const text = withArabicYears(printed);
  const years = new Set<number>();
  for (const pattern of PATTERNS) for (const m of text.matchAll(pattern)) years.add(Number(m[1]));
  for (const pattern of [PLAN_END, PLAN_WITHIN]) {
    for (const m of text.matchAll(pattern)) {
      const plan = fiveYearPlan(m[1]);
      if (plan) years.add(plan.end);
    }
  }
  return [...years].sort((a, b) => a - b);
}
