import { isProjectStep } from "../../src/lineage/text/projects";

/**
 * Which 专栏 items are steps of their box's one project (projects.ts). The seeds reach this only
 * through their parse, which lineage-pins.test.ts does once for all its tests; here each case
 * is its own, with the wording of the boxes the doc comment names.
 */
const box = (title: string) => ({ kind: "COLUMN", title, text: title });
const item = (title: string, text = title) => ({ kind: "COLUMN_ITEM", title, text });

describe("a 专栏 item as a step of its box's project", () => {
  const drg = box("专栏1 DRG付费方式改革评估工程");
  const smart = box("专栏9 智慧医保建设项目");
  const remote = box("专栏4 异地就医直接结算推进工程");

  it("is a step when it has no name of its own: one sentence, or a first clause that runs on", () => {
    expect(isProjectStep(item("2021年出台DRG付费评估办法。"), drg)).toBe(true);
    expect(isProjectStep(item("2023年建成评估体系,覆盖全部统筹地区", "2023年建成评估体系,覆盖全部统筹地区,并定期发布评估结果。"), drg)).toBe(true);
    // With no text of its own, the title is read as its text.
    expect(isProjectStep(item("2022年开展试点评估", ""), drg)).toBe(true);
  });

  it("is a project of its own when it opens with a name that is not the box's subject", () => {
    expect(isProjectStep(item("全省医保信息平台", "全省医保信息平台。建设全省统一的医疗保障信息平台。"), smart)).toBe(false);
  });

  it("is a step when its name restates the box's subject", () => {
    expect(isProjectStep(item("异地就医备案", "异地就医备案。推行线上备案,简化备案手续。"), remote)).toBe(true);
  });

  it("is read only for an item of a 专栏 box", () => {
    const step = item("2021年出台DRG付费评估办法。");
    expect(isProjectStep({ ...step, kind: "TASK" }, drg)).toBe(false);
    expect(isProjectStep(step, { ...drg, kind: "SECTION" })).toBe(false);
  });
});
