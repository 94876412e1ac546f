import { findPeriod, fiveYearPlan, fiveYearPlanIn } from "../../src/ingest/parse/period";
import { verbBefore } from "../../src/ingest/parse/units/roles";

// Each rule of findPeriod on its own wording, and which rule wins when several apply. The seeds
// exercise only some of them (docs/mutation/parse.md showed the rest unpinned).
describe("a plan's period", () => {
  it("numbers five-year plans from the 3rd (1966-1970); earlier ordinals and non-numbers have none", () => {
    expect(fiveYearPlan("三")).toEqual({ start: 1966, end: 1970 });
    expect(fiveYearPlan("九")).toEqual({ start: 1996, end: 2000 });
    expect(fiveYearPlan("十四")).toEqual({ start: 2021, end: 2025 });
    expect(fiveYearPlan("二")).toBeUndefined();
    expect(fiveYearPlan("甲")).toBeUndefined();
  });

  it("finds a five-year plan named in a text, not 十五年 (fifteen years) or 十五个", () => {
    expect(fiveYearPlanIn("“十四五”全民医疗保障规划")).toEqual({ start: 2021, end: 2025 });
    expect(fiveYearPlanIn("“九五”时期")).toEqual({ start: 1996, end: 2000 });
    expect(fiveYearPlanIn("“十五”计划")).toEqual({ start: 2001, end: 2005 });
    expect(fiveYearPlanIn("今后十五年")).toBeUndefined();
    expect(fiveYearPlanIn("十五个统筹区")).toBeUndefined();
    expect(fiveYearPlanIn("医疗保障规划")).toBeUndefined();
  });

  it("takes the period stated in the preamble first, over years in the title", () => {
    expect(findPeriod("医疗保障规划(2022—2026年)", "本规划编制期为 2021 年至 2025 年。", "")).toEqual({ periodStart: 2021, periodEnd: 2025, rule: "stated" });
    expect(findPeriod("规划", "实施期是2021-2025年", "")).toEqual({ periodStart: 2021, periodEnd: 2025, rule: "stated" });
    expect(findPeriod("规划", "规划期为二〇二一年至二〇二五年", "")).toEqual({ periodStart: 2021, periodEnd: 2025, rule: "stated" });
    // A range without 规划期/编制期/实施期 is no stated period: 2019年至2020年 dates past work.
    expect(findPeriod("实施意见", "2019年至2020年完成了试点", "")).toEqual({ periodEnd: 2020, rule: "target-year" });
    // Only the preamble states it: the same words in the body are a target year at most.
    expect(findPeriod("实施意见", "", "规划期为2021年至2025年")).toEqual({ periodEnd: 2025, rule: "target-year" });
  });

  it("then the years in the title, then a five-year plan named in the title", () => {
    expect(findPeriod("某市医疗保障事业发展规划(2021—2025年)", "", "到2035年")).toEqual({ periodStart: 2021, periodEnd: 2025, rule: "title-years" });
    expect(findPeriod("某市医疗保障事业发展规划(二〇二一年—二〇二五年)", "", "")).toEqual({ periodStart: 2021, periodEnd: 2025, rule: "title-years" });
    expect(findPeriod("“十四五”医疗保障事业发展规划", "到2030年", "")).toEqual({ periodStart: 2021, periodEnd: 2025, rule: "five-year-plan" });
  });

  it("else the first target year of preamble then body, as its end only; else nothing", () => {
    expect(findPeriod("关于深化医疗保障制度改革的实施意见", "到2025年,医疗保障制度更加成熟定型", "到2030年")).toEqual({ periodEnd: 2025, rule: "target-year" });
    expect(findPeriod("实施意见", "总体要求", "至 2023 年底")).toEqual({ periodEnd: 2023, rule: "target-year" });
    expect(findPeriod("实施意见", "总体要求", "到二〇二五年底")).toEqual({ periodEnd: 2025, rule: "target-year" });
    expect(findPeriod("实施意见", "", "")).toEqual({});
  });
});

describe("the verb a unit clause ends with", () => {
  it("is read only when the whole verb stands before the position", () => {
    expect(verbBefore("由区医保局牵头", 7)).toEqual({ verb: "牵头", role: "lead", start: 5 });
    expect(verbBefore("牵头", 2)).toEqual({ verb: "牵头", role: "lead", start: 0 });
    // Before position 1 stands only 牵: no verb, though the text starts with one.
    expect(verbBefore("牵头", 1)).toBeUndefined();
  });
});
