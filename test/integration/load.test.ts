import * as fs from "fs";
import * as path from "path";
import { Database } from "../../src/db";
import { loadDocument } from "../../src/ingest/load";
import { decodeDocument } from "../../src/ingest/normalize/decode";
import { parseDocument } from "../../src/ingest/parse";
import { updateLineage } from "../../src/lineage/update";
import { testConfig } from "../setup/test-config";

const config = testConfig();
const root = config.projectRoot;
const TIBET_FILE = "seeds/001_aa40d479269d3f1a.txt";
const TIBET = "Plan:001_aa40d479269d3f1a";
const original = fs.readFileSync(path.join(root, TIBET_FILE));
let db: Database;
/** Lineage is derived after a load (as ingest and the seed loader do): a reload drops the plan's links until it runs. */
const relinkTibet = () => updateLineage(db, [{ planId: TIBET, text: decodeDocument(original, TIBET_FILE) }], { projectRoot: root });

/** A fingerprint of the whole graph: every node and relationship with its properties. */
async function snapshot(): Promise<string> {
  const [nodes] = await db.read("test", "MATCH (n) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS all");
  const [rels] = await db.read(
    "test",
    "MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.sourceStartOffset RETURN collect([a.id, type(r), b.id, properties(r)]) AS all",
  );
  return JSON.stringify([nodes.all, rels.all]);
}

beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
});
afterAll(async () => {
  // Leave the seed graph as the other suites expect it.
  await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root, force: true });
  await relinkTibet();
  await db.close();
});

describe("loading a document", () => {
  it("twice changes nothing", async () => {
    const before = await snapshot();
    const result = await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root });
    expect(result.outcome).toBe("unchanged");
    expect(await snapshot()).toBe(before);
  });

  it("again by force yields the same graph (stable ids, no duplicates)", async () => {
    const before = await snapshot();
    const result = await loadDocument(db, parseDocument(TIBET_FILE, original), { projectRoot: root, force: true });
    expect(result.outcome).toBe("replaced");
    await relinkTibet();
    expect(await snapshot()).toBe(before);
  });

  it("that fails half-way leaves the previous graph exactly as it was", async () => {
    const before = await snapshot();
    const changed = Buffer.from(original.toString("utf8").replace("完善基本医疗保险制度。", "完善基本医疗保险制度(修订)。"));
    await expect(
      loadDocument(db, parseDocument(TIBET_FILE, changed), { projectRoot: root, failAfter: "create-unit-edges" }),
    ).rejects.toThrow(/failed on purpose after create-unit-edges/);
    expect(await snapshot()).toBe(before);
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
