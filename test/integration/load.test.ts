import * as fs from "fs";
import * as path from "path";
import { Database } from "../../src/db";
import { loadDocument } from "../../src/ingest/load";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { parseDocument } from "../../src/ingest/parse";
import { updateLineage } from "../../src/lineage/update";
import { difference, graphEntries, unchanged } from "../reliability/support/graph";
import { testConfig } from "../setup/test-config";

const config = testConfig();
const root = config.projectRoot;
const TIBET_FILE = "seeds/001_aa40d479269d3f1a.txt";
const TIBET = "Plan:001_aa40d479269d3f1a";
const original = fs.readFileSync(path.join(root, TIBET_FILE));
let db: Database;
/** Lineage is derived after a load (as ingest and the seed loader do): a reload drops the plan's links until it runs. */
const relinkTibet = () => updateLineage(db, [{ planId: TIBET, text: decodeDocument(original, TIBET_FILE) }], { projectRoot: root });

const snapshot = () => graphEntries(db);

beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
});
afterAll(async () => {
  // Leave the seed graph as the other suites expect it.
  await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root, force: true, original });
  await relinkTibet();
  await db.close();
});

describe("loading a document", () => {
  it("twice changes nothing", async () => {
    const before = await snapshot();
    const result = await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root });
    expect(result.outcome).toBe("unchanged");
    expect(difference(before, await snapshot())).toEqual(unchanged);
  });

  it("again by force yields the same graph (stable ids, no duplicates)", async () => {
    // Lineage first recomputed once with the other plans' groups as they now stand: its
    // first recomputation may join groups its links could not join when it was first
    // computed, before the later plans' links grew them (docs/lineage.md, Groups).
    await updateLineage(db, [{ planId: TIBET, text: decodeDocument(original, TIBET_FILE) }], { projectRoot: root, force: true });
    const before = await snapshot();
    const result = await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root, force: true, original });
    expect(result.outcome).toBe("replaced");
    await relinkTibet();
    expect(difference(before, await snapshot())).toEqual(unchanged);
  });

  it("that fails half-way leaves the previous graph exactly as it was", async () => {
    const before = await snapshot();
    const changed = Buffer.from(original.toString("utf8").replace("完善基本医疗保险制度。", "完善基本医疗保险制度(修订)。"));
    await expect(
      loadDocument(db, parseDocument(TIBET_FILE, changed), { projectRoot: root, failAfter: "create-unit-edges" }),
    ).rejects.toThrow(/failed on purpose after create-unit-edges/);
    expect(difference(before, await snapshot())).toEqual(unchanged);
  });

  it("counts the graph's version up in its own transaction: not when unchanged, not when it fails", async () => {
    const version = async () => (await db.read("test", "MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS n, v.epoch AS epoch"))[0] as { n: number; epoch: string };
    const before = await version();
    expect(before.epoch).toEqual(expect.any(String));
    expect((await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root })).outcome).toBe("unchanged");
    expect(await version()).toEqual(before);
    const failing = loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root, force: true, failAfter: "bump-graph-version" });
    await expect(failing).rejects.toThrow(/failed on purpose after bump-graph-version/);
    expect(await version()).toEqual(before);
    expect((await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root, force: true })).outcome).toBe("replaced");
    expect(await version()).toEqual({ n: before.n + 1, epoch: before.epoch });
    await relinkTibet();
    expect((await version()).n).toBe(before.n + 2);
  });

  it("that changed replaces its own nodes and no others", async () => {
    const [others] = await db.read("test", "MATCH (t:Task) WHERE t.planId <> $p RETURN count(t) AS n, collect(t.id) AS ids", { p: TIBET });
    const changed = Buffer.from(original.toString("utf8").replace("完善基本医疗保险制度。", "完善基本医疗保险制度(修订)。"));
    const result = await loadDocument(db, parseDocument(TIBET_FILE, changed), { projectRoot: root });
    expect(result.outcome).toBe("replaced");
    const [task1] = await db.read("test", "MATCH (t:Task {planId: $p, number: '1'}) RETURN t.title AS title", { p: TIBET });
    expect(task1.title).toBe("完善基本医疗保险制度(修订)");
    const [after] = await db.read("test", "MATCH (t:Task) WHERE t.planId <> $p RETURN count(t) AS n, collect(t.id) AS ids", { p: TIBET });
    expect(after).toEqual(others);
    const [units] = await db.read("test", "MATCH (:Department)-[r:LEADS|RESPONSIBLE_FOR]->(:Task {planId: $p}) RETURN count(r) AS n", { p: TIBET });
    expect(units.n).toBe(83);
  });
});

/** An opinion of the Tibet family. No seed names a 青海省 body or 清水县, so these tests own every one they make. */
function opinion(title: string, basis: string, units: string[]): Buffer {
  return Buffer.from(
    [
      title,
      "",
      `为深入贯彻落实${basis}精神,结合我省实际,提出如下实施意见。`,
      "",
      "一、总体要求",
      "",
      "到2025年,医疗保障制度更加成熟定型。",
      "",
      "二、主要任务",
      "",
      "(一)完善公平适度的待遇保障机制",
      "",
      ...units.flatMap((clause, i) => [`${i + 1}.完善基本医疗保险制度第${i + 1}项。巩固和完善基本医疗保险制度。〔${clause}〕`, ""]),
    ].join("\n"),
  );
}

describe("reloading a document", () => {
  const A_FILE = "test/qinghai-a.txt";
  const B_FILE = "test/qinghai-b.txt";
  const A = "Plan:qinghai-a";
  const B = "Plan:qinghai-b";
  const CENTRAL = "《中共中央 国务院关于深化医疗保障制度改革的意见》";
  const aFirst = opinion("青海省关于测试甲的实施意见", `${CENTRAL}和《青海省测试依据文件》`, [
    "牵头单位:省医保局;责任单位:省财政厅、省民政厅",
    "牵头单位:省市场监管局(省药监局)",
  ]);
  const aSecond = opinion("青海省关于测试甲的实施意见", CENTRAL, ["牵头单位:省医保局", "牵头单位:省医保局"]);
  const b = opinion("青海省关于测试乙的实施意见", CENTRAL, ["牵头单位:省医保局;责任单位:省财政厅", "牵头单位:省医保局"]);
  const C_FILE = "test/qingshui-c.txt";
  const C = "Plan:qingshui-c";
  const cFirst = opinion("清水县关于测试丙的实施意见", CENTRAL, ["牵头单位:县医保局;责任单位:省医保局", "牵头单位:县医保局"]);
  const cSecond = opinion("清水县关于测试丙的实施意见", CENTRAL, ["牵头单位:县医保局", "牵头单位:县医保局"]);
  const STRAY = "Department:测试:无任务的部门";
  const departmentIds = async () => (await db.read("test", "MATCH (d:Department) RETURN d.id AS id ORDER BY id")).map((r) => r.id as string);
  const placeholderIds = async () => (await db.read("test", "MATCH (p:Plan {loaded: false}) RETURN p.id AS id ORDER BY id")).map((r) => r.id as string);
  let graphBefore: string[];

  beforeAll(async () => {
    graphBefore = await snapshot();
    await db.write("test", "CREATE (:Department {id: $id, name: '无任务的部门'})", { id: STRAY });
    await loadDocument(db, parseDocument(A_FILE, aFirst), { projectRoot: root });
    await loadDocument(db, parseDocument(B_FILE, b), { projectRoot: root });
  });
  afterAll(async () => {
    await db.write(
      "test",
      `MATCH (n) WHERE n.planId IN $plans OR n.id IN $plans OR n.id = $stray OR n.regionId IN ['Region:青海省', 'Region:清水县']
         OR n.id IN ['Region:青海省', 'Region:清水县', 'Region:清水县所在省', 'Plan:cited:青海省测试依据文件']
       DETACH DELETE n`,
      { plans: [A, B, C], stray: STRAY },
    );
    expect(difference(graphBefore, await snapshot())).toEqual(unchanged);
  });

  it("records the body a unit also acts as: 省市场监管局(省药监局) ACTS_AS the drug regulator", async () => {
    const rows = await db.read(
      "test",
      "MATCH (a:Department)-[r:ACTS_AS]->(b:Department) WHERE r.planId = $p RETURN a.name AS a, b.name AS b, b.type AS type, r.printed AS printed",
      { p: A },
    );
    expect(rows).toEqual([{ a: "青海省市场监督管理局", b: "青海省药品监督管理局", type: "药品监管", printed: "省市场监管局(省药监局)" }]);
  });

  it("removes exactly the orphans it made, and keeps departments and placeholders other plans still use", async () => {
    const departmentsBefore = await departmentIds();
    const placeholdersBefore = await placeholderIds();
    const result = await loadDocument(db, parseDocument(A_FILE, aSecond), { projectRoot: root });
    expect(result.outcome).toBe("replaced");
    const gone = ["青海省民政厅", "青海省市场监督管理局", "青海省药品监督管理局"].map((n) => `Department:青海省:${n}`);
    expect(await departmentIds()).toEqual(departmentsBefore.filter((id) => !gone.includes(id)));
    // 青海省财政厅 stays for plan B; an orphan this load did not make is not its business.
    expect(departmentsBefore).toEqual(expect.arrayContaining(["Department:青海省:青海省财政厅", STRAY]));
    expect(await placeholderIds()).toEqual(placeholdersBefore.filter((id) => id !== "Plan:cited:青海省测试依据文件"));
    expect(placeholdersBefore).toContain("Plan:cited:中共中央国务院关于深化医疗保障制度改革的意见");
    const [acting] = await db.read("test", "MATCH ()-[r:ACTS_AS]->() WHERE r.planId = $p RETURN count(r) AS n", { p: A });
    expect(acting.n).toBe(0);
  });

  it("files 省医保局 of a county without a known province under a placeholder region, which goes with its last department", async () => {
    const placeholder = "Department:清水县所在省:清水县所在省医疗保障局";
    const regionOf = async (id: string) =>
      (await db.read("test", "MATCH (:Department {id: $id})-[:IN_REGION]->(r:Region) RETURN r.name AS name, r.level AS level, r.placeholder AS placeholder", { id }))[0];
    await loadDocument(db, parseDocument(C_FILE, cFirst), { projectRoot: root });
    expect(await regionOf(placeholder)).toEqual({ name: "清水县所在省", level: "PROVINCE", placeholder: true });
    await loadDocument(db, parseDocument(C_FILE, cSecond), { projectRoot: root });
    expect(await regionOf(placeholder)).toBeUndefined();
    const [region] = await db.read("test", "MATCH (r:Region {id: 'Region:清水县所在省'}) RETURN count(r) AS n");
    expect(region.n).toBe(0);
  });
});
