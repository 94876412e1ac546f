import * as fs from "fs";
import * as path from "path";
import { Database, Row } from "../../src/db";
import { loadDocument } from "../../src/ingest/load";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { parseDocument } from "../../src/ingest/parse";
import { LINEAGE_PARAMS } from "../../src/lineage/params";
import { updateLineage } from "../../src/lineage/update";
import { testConfig } from "../setup/test-config";

/**
 * IMPLEMENTS end to end on documents made for it (test/fixtures/lineage): a
 * provincial plan and a city plan that cites it by title, loaded city first (its
 * citation is a placeholder until the province arrives). Peers are switched off
 * (maxPeers 0) so the two plans link only with each other and the seed lineage
 * is untouched; everything they added is removed at the end.
 */
const config = testConfig();
const root = config.projectRoot;
const truth = JSON.parse(fs.readFileSync(path.join(root, "test/fixtures/lineage/truth.json"), "utf8"));
const params = { ...LINEAGE_PARAMS, maxPeers: 0 };
let db: Database;

const read = (q: string, p: Row = {}) => db.read("test", q, p);
const input = (file: string) => {
  const bytes = fs.readFileSync(path.join(root, file));
  return { doc: parseDocument(file, bytes), text: decodeDocument(bytes, file) };
};
const city = input(truth.local);
const province = input(truth.upstream);
const CITY = "Plan:changsha-city";
const PROVINCE = "Plan:hunan-province";

/** What the seed graph holds, to prove the test leaves it as it found it. */
const snapshot = () =>
  read(`CALL { MATCH (n) RETURN labels(n)[0] AS k, count(*) AS n UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n } RETURN k, sum(n) AS n ORDER BY k`);

const cityLinks = () => read(`MATCH (:Task {planId: $city})-[r:IMPLEMENTS|SAME_TASK_AS]-() RETURN count(r) AS n`, { city: CITY });

async function load(i: typeof city) {
  await loadDocument(db, i.doc, { projectRoot: root });
  return updateLineage(db, [{ planId: `Plan:${path.basename(i.doc.file, ".txt")}`, text: i.text }], { projectRoot: root, params });
}

let before: Row[];
beforeAll(async () => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
  before = await snapshot();
  await load(city);
  await load(province);
});

afterAll(async () => {
  try {
    await db.write("cleanup", `MATCH (g:LineageGroup)-[:SPANS]->(:Plan) WHERE NOT EXISTS { (g)-[:SPANS]->(p:Plan) WHERE NOT p.id IN $plans } DETACH DELETE g`, { plans: [CITY, PROVINCE] });
    await db.write("cleanup", `MATCH (n:Task|Indicator|SourceDocument) WHERE n.planId IN $plans DETACH DELETE n`, { plans: [CITY, PROVINCE] });
    await db.write("cleanup", `MATCH (p:Plan) WHERE p.id IN $plans DETACH DELETE p`, { plans: [CITY, PROVINCE] });
    await db.write("cleanup", `MATCH (p:Plan {loaded: false}) WHERE NOT ()-[:CITES|IMPLEMENTS]->(p) DETACH DELETE p`);
    await db.write("cleanup", `MATCH (d:Department) WHERE NOT (d)-->(:Task) DETACH DELETE d`);
    await db.write("cleanup", `MATCH (r:Region) WHERE r.name IN ['长沙市', '湖南省'] AND NOT (r)<-[:OF_REGION|IN_REGION|PART_OF]-() DETACH DELETE r`);
    await db.write("cleanup", `MATCH (r:Region {name: '湖南省'}) WHERE NOT (r)<-[:OF_REGION|IN_REGION|PART_OF]-() DETACH DELETE r`);
    expect(await snapshot()).toEqual(before);
  } finally {
    await db.close();
  }
});

describe("IMPLEMENTS between a loaded provincial plan and a city plan under it", () => {
  it("makes the city plan implement the provincial plan it cites, once the province is loaded", async () => {
    const rows = await read(`MATCH (:Plan {id: $city})-[r:IMPLEMENTS]->(p:Plan) RETURN p.id AS id, p.loaded AS loaded, r.method AS method`, { city: CITY });
    expect(rows).toEqual([{ id: PROVINCE, loaded: true, method: "citation" }]);
  });

  it("links each city task to the provincial task it carries out, and city-only tasks to none", async () => {
    const rows = await read(
      `MATCH (c:Task {planId: $city})-[r:IMPLEMENTS]->(p:Task) RETURN c.path AS city, p.path AS province, p.planId AS plan, r.method AS method, r.score AS score`,
      { city: CITY },
    );
    const found = Object.fromEntries(rows.map((r) => [r.city, r.province]));
    const expected = Object.fromEntries(Object.entries(truth.implements).filter(([, v]) => v !== null));
    expect(found).toEqual(expected);
    for (const r of rows) expect(r).toMatchObject({ plan: PROVINCE, method: "combined" });
  });

  it("answers Task.upstream from a city task with the plan-level basis in its evidence", async () => {
    const [row] = await read(`MATCH (c:Task {id: $id})-[r:IMPLEMENTS]->(p:Task) RETURN r.planBasis AS basis, p.title AS title`, { id: "Task:changsha-city:2/2/4" });
    expect(row.title).toBe("推进按疾病诊断相关分组付费改革");
    expect((row.basis as string[]).join(" ")).toMatch(/湖南省医疗保障事业发展“十四五”规划/);
  });

  it("leaves a plan's lineage as it was when its recomputation fails midway", async () => {
    const was = await cityLinks();
    await expect(
      updateLineage(db, [{ planId: CITY, text: city.text }], { projectRoot: root, params, force: true, failAfter: "create-task-implements" }),
    ).rejects.toThrow(/failed on purpose/);
    expect(await cityLinks()).toEqual(was);
  });

  it("redoes on the next run the lineage of a plan whose lineage failed after its load", async () => {
    const was = await cityLinks();
    await loadDocument(db, city.doc, { projectRoot: root, force: true });
    await expect(updateLineage(db, [{ planId: CITY, text: city.text }], { projectRoot: root, params, failAfter: "create-same-task" })).rejects.toThrow();
    expect(await cityLinks()).toEqual([{ n: 0 }]);
    const [again] = await updateLineage(db, [{ planId: CITY, text: city.text }], { projectRoot: root, params });
    expect(again.outcome).toBe("recomputed");
    expect(await cityLinks()).toEqual(was);
  });

  it("recomputes nothing for a plan whose lineage is current", async () => {
    const [outcome] = await updateLineage(db, [{ planId: PROVINCE, text: province.text }], { projectRoot: root, params });
    expect(outcome.outcome).toBe("current");
  });
});
