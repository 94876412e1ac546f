import { readFileSync } from "fs";
import { join } from "path";
import { canonicalDepartment, departmentType } from "../../src/ingest/departments/canonical";
import type { RegionRef } from "../../src/ingest/model";
import { paragraphs } from "../../src/ingest/normalize/paragraphs";
import { SourceText } from "../../src/ingest/normalize/source-text";
import { findActing, findUnitClauses } from "../../src/ingest/parse/units";

const 中国: RegionRef = { name: "中国", level: "NATIONAL" };
const 西藏: RegionRef = { name: "西藏自治区", level: "AUTONOMOUS_REGION", parent: 中国 };
const 四川: RegionRef = { name: "四川省", level: "PROVINCE", parent: 中国 };
const 江西: RegionRef = { name: "江西省", level: "PROVINCE", parent: 中国 };
const 长春: RegionRef = { name: "长春市", level: "CITY", parent: { name: "吉林省", level: "PROVINCE", parent: 中国 } };
const 清远: RegionRef = { name: "清远市", level: "CITY", parent: { name: "广东省", level: "PROVINCE", parent: 中国 } };

function seedParagraphTexts(file: string): string[] {
  const path = join(__dirname, "../../seeds", file);
  return paragraphs(new SourceText(`seeds/${file}`, readFileSync(path, "utf8"))).map((p) => p.text);
}

/** Every unit printed in the Tibet opinion's clauses → canonical name and type. */
const TIBET_UNITS: Record<string, [string, string]> = {
  区医保局: ["西藏自治区医疗保障局", "医疗保障"],
  区财政厅: ["西藏自治区财政厅", "财政"],
  区民政厅: ["西藏自治区民政厅", "民政"],
  区卫生健康委: ["西藏自治区卫生健康委员会", "卫生健康"],
  区乡村振兴局: ["西藏自治区乡村振兴局", "乡村振兴"],
  区总工会: ["西藏自治区总工会", "工会"],
  区税务局: ["国家税务总局西藏自治区税务局", "税务"],
  西藏银保监局: ["中国银保监会西藏监管局", "银保监"],
  区党委编办: ["中共西藏自治区委员会机构编制委员会办公室", "机构编制"],
  区人力资源社会保障厅: ["西藏自治区人力资源和社会保障厅", "人力资源社会保障"],
  区药监局: ["西藏自治区药品监督管理局", "药品监管"],
  区公安厅: ["西藏自治区公安厅", "公安"],
  区司法厅: ["西藏自治区司法厅", "司法"],
  区市场监管局: ["西藏自治区市场监督管理局", "市场监管"],
  "区市场监管局(区药监局)": ["西藏自治区市场监督管理局", "市场监管"],
  区发展改革委: ["西藏自治区发展和改革委员会", "发展改革"],
  区经济和信息化厅: ["西藏自治区经济和信息化厅", "经济和信息化"],
  区党委网信办: ["中共西藏自治区委员会网络安全和信息化委员会办公室", "网信"],
  "各地(市)委、行署(政府)": ["西藏自治区各地(市)委、行署(政府)", "地方党委政府"],
  "各地(市)行署(政府)": ["西藏自治区各地(市)行署(政府)", "地方党委政府"],
};

describe("canonicalDepartment for the Tibet implementation opinion", () => {
  it("knows every distinct unit the opinion prints", () => {
    const printed = seedParagraphTexts("001_aa40d479269d3f1a.txt").flatMap((text) =>
      findUnitClauses(text).flatMap((c) => [...c.lead, ...c.responsible].map((u) => u.name)),
    );
    expect([...new Set(printed)].sort()).toEqual(Object.keys(TIBET_UNITS).sort());
  });

  it.each(Object.entries(TIBET_UNITS))("reads %s as %j", (printed, [name, type]) => {
    const d = canonicalDepartment(printed, 西藏);
    expect({ name: d.name, type: d.type, alias: d.alias }).toEqual({ name, type, alias: printed });
  });

  it("places the autonomous region's bodies in 西藏自治区, the tax bureau included", () => {
    for (const printed of ["区医保局", "区税务局", "西藏银保监局", "区党委编办"]) expect(canonicalDepartment(printed, 西藏).region).toBe(西藏);
  });

  it("gives two printings of one body the same key", () => {
    expect(canonicalDepartment("区医保局", 西藏).key).toBe(canonicalDepartment("自治区医疗保障部门", 西藏).key);
    expect(canonicalDepartment("区医保局", 西藏).key).toBe(canonicalDepartment("西藏自治区医疗保障局", 西藏).key);
    expect(canonicalDepartment("中国银保监会西藏监管局", 西藏).key).toBe(canonicalDepartment("西藏银保监局", 西藏).key);
  });

  it("reads 区市场监管局(区药监局) as the market regulator that also acts as the drug regulator", () => {
    const d = canonicalDepartment("区市场监管局(区药监局)", 西藏);
    expect(d.key).toBe(canonicalDepartment("区市场监管局", 西藏).key);
    expect(d.alsoActsAs).toMatchObject({ name: "西藏自治区药品监督管理局", type: "药品监管", key: canonicalDepartment("区药监局", 西藏).key });
  });

  it("marks the prefecture party committees and governments as collectives of the plan's region", () => {
    for (const printed of ["各地(市)委、行署(政府)", "各地(市)行署(政府)"]) {
      expect(canonicalDepartment(printed, 西藏)).toMatchObject({ collective: true, type: "地方党委政府", region: 西藏 });
    }
    expect(canonicalDepartment("区财政厅", 西藏).collective).toBe(false);
  });

  it("keeps the collective with party committees apart from the one of governments alone", () => {
    expect(canonicalDepartment("各地(市)委、行署(政府)", 西藏).key).not.toBe(canonicalDepartment("各地(市)行署(政府)", 西藏).key);
  });
});

describe("canonicalDepartment in other plans", () => {
  it("gives a city plan's 市 bodies and unprefixed bodies the city", () => {
    expect(canonicalDepartment("市医保局", 长春)).toMatchObject({ name: "长春市医疗保障局", region: 长春, type: "医疗保障" });
    expect(canonicalDepartment("医保局", 长春)).toMatchObject({ name: "长春市医疗保障局", region: 长春 });
    expect(canonicalDepartment("财政部门", 长春)).toMatchObject({ name: "长春市财政局", region: 长春, type: "财政" });
  });

  it("resolves 省 in a city plan to the city's province", () => {
    expect(canonicalDepartment("省局", 长春)).toMatchObject({ name: "吉林省医疗保障局", region: { name: "吉林省" } });
    expect(canonicalDepartment("省医保部门", 清远)).toMatchObject({ name: "广东省医疗保障局", region: { name: "广东省" } });
  });

  it("resolves 国家 to the national body", () => {
    expect(canonicalDepartment("国家医保部门", 清远)).toMatchObject({ name: "国家医疗保障局", region: { name: "中国", level: "NATIONAL" } });
  });

  it("uses the province's names for a province's bodies", () => {
    expect(canonicalDepartment("省医保局", 四川).name).toBe("四川省医疗保障局");
    expect(canonicalDepartment("省财政厅", 江西).name).toBe("江西省财政厅");
    expect(canonicalDepartment("省人社厅", 江西).name).toBe("江西省人力资源和社会保障厅");
  });

  it("reads a body printed in traditional characters", () => {
    expect(canonicalDepartment("市醫療保障局", 清远).name).toBe("清远市医疗保障局");
  });

  it("treats a prefix naming a lower level as a collective: 市医保局 in a province plan", () => {
    expect(canonicalDepartment("市医保局", 四川)).toMatchObject({ name: "四川省各市医疗保障局", collective: true, region: 四川 });
  });

  it("marks 各县(市、区)人民政府 and 各级医疗保障部门 as collectives with their functional type", () => {
    expect(canonicalDepartment("各县(市、区)人民政府", 清远)).toMatchObject({
      name: "清远市各县(市、区)人民政府",
      type: "地方党委政府",
      collective: true,
      region: 清远,
    });
    expect(canonicalDepartment("各级医疗保障部门", 四川)).toMatchObject({ name: "四川省各级医疗保障部门", type: "医疗保障", collective: true });
  });

  it("canonicalizes the acting departments found in the Changchun plan's prose", () => {
    const acting = seedParagraphTexts("003_3805f0e95e16182c.txt").flatMap((text) => findActing(text));
    expect(acting.map((a) => canonicalDepartment(a.name, 长春).name)).toEqual([
      "吉林省医疗保障局",
      "长春市各级医疗保障部门",
      "长春市财政局",
    ]);
  });

  it("files a higher-level body under a placeholder region when the plan region comes without its parents", () => {
    const 清水县: RegionRef = { name: "清水县", level: "COUNTY" };
    expect(canonicalDepartment("省局", 清水县)).toMatchObject({
      name: "清水县所在省医疗保障局",
      alias: "省局",
      type: "医疗保障",
      collective: false,
      region: { name: "清水县所在省", level: "PROVINCE", placeholder: true },
    });
    expect(canonicalDepartment("省医保局", 清水县).key).toBe(canonicalDepartment("省局", 清水县).key);
    expect(canonicalDepartment("市财政局", 清水县)).toMatchObject({ name: "清水县所在市财政局", region: { level: "CITY", placeholder: true } });
    expect(canonicalDepartment("省局", { name: "长春市", level: "CITY" }).region.parent).toBeUndefined();
  });

  it("resolves 省 in an autonomous region's plan to the autonomous region", () => {
    const 广西: RegionRef = { name: "广西壮族自治区", level: "AUTONOMOUS_REGION", parent: 中国 };
    expect(canonicalDepartment("省局", 广西)).toMatchObject({ name: "广西壮族自治区医疗保障局", region: 广西 });
  });
});

describe("canonicalDepartment in a municipality's plan", () => {
  const 北京: RegionRef = { name: "北京市", level: "PROVINCE", parent: 中国 };
  const 重庆: RegionRef = { name: "重庆市", level: "PROVINCE", parent: 中国 };

  it("reads 市医保局 as the municipality's own bureau, not a collective of its cities", () => {
    expect(canonicalDepartment("市医保局", 北京)).toMatchObject({ name: "北京市医疗保障局", collective: false, region: 北京 });
    expect(canonicalDepartment("市局", 重庆).key).toBe(canonicalDepartment("医疗保障局", 重庆).key);
  });

  it("names a municipality's bodies as a city's (北京市财政局), its regulator office as a province's", () => {
    expect(canonicalDepartment("市财政局", 北京).name).toBe("北京市财政局");
    expect(canonicalDepartment("财政部门", 北京).name).toBe("北京市财政局");
    expect(canonicalDepartment("北京银保监局", 北京).name).toBe("中国银保监会北京监管局");
  });

  it("still reads 区 and 县 bodies in a municipality's plan as its districts' and counties'", () => {
    expect(canonicalDepartment("区医保局", 北京)).toMatchObject({ name: "北京市各区医疗保障局", collective: true });
  });

  it("reads 市医保局 in a district's plan as the municipality's bureau", () => {
    const 海淀区: RegionRef = { name: "海淀区", level: "COUNTY", parent: 北京 };
    expect(canonicalDepartment("市医保局", 海淀区)).toMatchObject({ name: "北京市医疗保障局", region: 北京 });
  });
});

describe("departmentType", () => {
  it.each([
    ["西藏自治区医疗保障局", "医疗保障"],
    ["清远市医疗保障服务中心", "医疗保障经办"],
    ["国家税务总局西藏自治区税务局", "税务"],
    ["中共西藏自治区委员会机构编制委员会办公室", "机构编制"],
    ["西藏自治区卫生健康委员会", "卫生健康"],
    ["区市场监管局(区药监局)", "市场监管"],
    ["清远市各县(市、区)人民政府", "地方党委政府"],
    ["长春市审计局", "审计"],
    ["长春市残联", "残联"],
    ["纪检监察机关", "其他"],
  ])("types %s as %s", (name, type) => {
    expect(departmentType(name)).toBe(type);
  });
});
