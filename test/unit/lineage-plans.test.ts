import * as fs from "fs";
import * as path from "path";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { findBasisStatements, isMedicalInsurancePlan } from "../../src/lineage/plans/basis";
import { docNumberKey } from "../../src/common/text-keys";
import { CENTRAL_OPINION, findKnownDocument, knownDocument } from "../../src/lineage/plans/known-documents";
import { planLinks, STRUCTURE_SCORE } from "../../src/lineage/plans/plan-links";

const seed = (name: string) => decodeDocument(fs.readFileSync(path.join(__dirname, "../../seeds", name)), name);
const opinion = knownDocument(CENTRAL_OPINION);
const CENTRAL_ID = "Plan:cited:中共中央国务院关于深化医疗保障制度改革的意见";

describe("known upstream documents", () => {
  it("resolve a full title, a short title, traditional script and a 文号 to one document", () => {
    for (const t of ["中共中央 国务院关于深化医疗保障制度改革的意见", "关于深化医疗保障制度改革的意见", "“关于深化醫療保障制度改革的意見”"]) {
      expect(findKnownDocument(t)?.key).toBe(CENTRAL_OPINION);
    }
    expect(findKnownDocument("某文件", "中发[2020]5号")?.key).toBe(CENTRAL_OPINION);
    expect(findKnownDocument("《“十四五”全民医疗保障规划》")?.docNumber).toBe("国办发〔2021〕36号");
    expect(findKnownDocument("四川省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")).toBeUndefined();
    expect(docNumberKey("中发〔2020〕5号")).toBe(docNumberKey("中发 (2020) 5号"));
  });
});

describe("the implicit-basis rule", () => {
  it("finds 清远's statement in its guiding ideology and its mention of the opinion's short title", () => {
    const found = findBasisStatements(seed("002_0f323f1820598f05.txt"), opinion);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 73, kind: "statement", sentence: expect.stringContaining("深入贯彻落实党中央、国务院深化医疗保障制度改革的决策部署") }),
        expect.objectContaining({ line: 55, kind: "mention" }),
      ]),
    );
  });

  it("finds 长春's statement in its preamble", () => {
    const found = findBasisStatements(seed("003_3805f0e95e16182c.txt"), opinion);
    expect(found).toContainEqual(expect.objectContaining({ line: 19, kind: "statement", sentence: expect.stringContaining("全面贯彻落实国家、省、市关于深化医疗保障制度改革的决策部署") }));
  });

  it("applies to medical-insurance plans only", () => {
    expect(isMedicalInsurancePlan("清遠市醫療保障事業發展“十四五”規劃")).toBe(true);
    expect(isMedicalInsurancePlan("某市国民经济和社会发展第十四个五年规划")).toBe(false);
  });
});

describe("plan-level IMPLEMENTS", () => {
  const none = () => undefined;

  it("makes a citation link (score 1) for each cited basis, one per document even when cited twice", () => {
    const links = planLinks(
      { id: "Plan:x", title: "某省医疗保障规划" },
      [
        { targetId: "Plan:cited:a", title: "中共中央 国务院关于深化医疗保障制度改革的意见", docNumber: "中发〔2020〕5号", sourceLine: 4 },
        { targetId: "Plan:cited:b", title: "关于深化医疗保障制度改革的意见", sourceLine: 9 },
        { targetId: "Plan:cited:c", title: "某省国民经济和社会发展第十四个五年规划纲要", sourceLine: 4 },
      ],
      [],
      none,
    );
    expect(links.map((l) => [l.target.id, l.method, l.score, l.evidence.length])).toEqual([
      [CENTRAL_ID, "citation", 1, 2],
      ["Plan:cited:c", "citation", 1, 1],
    ]);
    expect(links[0].target.docNumber).toBe("中发〔2020〕5号");
    expect(links[0].evidence[0]).toBe("citation, line 4: 《中共中央 国务院关于深化医疗保障制度改革的意见》(中发〔2020〕5号) named as a basis");
  });

  it("points a plan that cites nothing but states the reform up to 中发〔2020〕5号 by structure, with its sentences as evidence", () => {
    const basis = findBasisStatements(seed("002_0f323f1820598f05.txt"), opinion);
    const [link] = planLinks({ id: "Plan:002", title: "清遠市醫療保障事業發展“十四五”規劃" }, [], basis, none);
    expect(link).toMatchObject({ method: "structure", score: STRUCTURE_SCORE, target: { id: CENTRAL_ID, docNumber: "中发〔2020〕5号" } });
    expect(link.evidence[0]).toMatch(/^rule: /);
    expect(link.evidence.join("\n")).toMatch(/statement, line 73: /);
  });

  it("uses the loaded plan of a known document when the graph has one", () => {
    const [link] = planLinks({ id: "Plan:x", title: "某市医疗保障规划" }, [{ targetId: "Plan:cited:z", title: "关于深化医疗保障制度改革的意见" }], [], (doc) =>
      doc.key === CENTRAL_OPINION ? { id: "Plan:central", title: doc.title, docNumber: doc.docNumber } : undefined,
    );
    expect(link.target.id).toBe("Plan:central");
  });

  it("adds no structure link to a plan that already cites the opinion, nor to a plan outside medical insurance", () => {
    const statement = [{ line: 1, sentence: "贯彻落实党中央深化医疗保障制度改革的决策部署", kind: "statement" as const }];
    expect(planLinks({ id: "Plan:x", title: "某省医疗保障规划" }, [{ targetId: "t", title: "中共中央 国务院关于深化医疗保障制度改革的意见" }], statement, none)).toHaveLength(1);
    expect(planLinks({ id: "Plan:y", title: "某市国民经济和社会发展规划" }, [], statement, none)).toHaveLength(0);
  });
});
