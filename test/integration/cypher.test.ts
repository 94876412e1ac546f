import neo4j from "neo4j-driver";
import * as path from "path";
import { CypherLibrary } from "../../src/cypher";
import { Database } from "../../src/db";
import { matchKey } from "../../src/common/text-keys";
import { indicatorConcept } from "../../src/ingest/parse/indicators";
import { testConfig } from "../setup/test-config";

const root = path.join(__dirname, "../..");
const config = testConfig();
let db: Database;

beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
});
afterAll(() => db.close());

describe.each(["queries", "load", "health"])("every Cypher file in cypher/%s", (folder) => {
  const library = CypherLibrary.load(path.join(root, "cypher", folder));

  it.each(library.names())("%s compiles on the real Neo4j (EXPLAIN)", async (name) => {
    const session = db.driver.session({ database: db.database });
    try {
      // EXPLAIN plans without running: parameters need not be bound.
      await session.run(`EXPLAIN ${library.get(name)}`);
    } finally {
      await session.close();
    }
  });
});

/** Every operator of a plan, depth first. */
function operators(plan: any): { type: string; details: string; rows: number; dbHits: number }[] {
  const own = { type: String(plan.operatorType).replace(/@.*$/, ""), details: String(plan.arguments?.Details ?? ""), rows: Number(plan.rows ?? 0), dbHits: Number(plan.dbHits ?? 0) };
  return [own, ...(plan.children ?? []).flatMap(operators)];
}

describe("the main filters of the page queries use their index", () => {
  const library = CypherLibrary.load(path.join(root, "cypher", "queries"));
  const page = { keys: [null], after: null, limit: neo4j.int(51), withTotal: true };
  const noTaskFilter = { planId: null, regionId: null, departmentId: null, role: null, kind: null, dueBy: null, hasLead: null, text: null, withText: false, withSourceText: false };

  async function profile(name: string, params: Record<string, unknown>) {
    const session = db.driver.session({ database: db.database });
    try {
      const result = await session.run(`PROFILE ${library.get(name)}`, params);
      return { rows: result.records.map((r) => r.toObject()), ops: operators(result.summary.profile) };
    } finally {
      await session.close();
    }
  }

  /** The rows came through `index` and no label was scanned whole: the other ways never ran. */
  function expectThrough(ops: ReturnType<typeof operators>, type: string, index: RegExp) {
    expect(ops.filter((o) => o.type === type && index.test(o.details) && o.rows > 0)).not.toHaveLength(0);
    expect(ops.filter((o) => /LabelScan|AllNodesScan/.test(o.type) && o.rows > 0)).toEqual([]);
  }

  it("indicators by concept: the TEXT index on concept, page and total from one scan", async () => {
    const { rows, ops } = await profile("indicators/page", { ...page, planId: null, concept: indicatorConcept("基本医疗保险参保率"), attribute: null, table: "target", regionId: null });
    expectThrough(ops, "NodeIndexContainsScan", /TEXT INDEX i:Indicator\(concept\)/);
    // The target tables of 四川 (line 105), 清远 (95), 长春 (89) and 江西 (123) each print one row:
    // grep -n "参保率\|參保率\|参保覆盖率" seeds/*.txt (江西's line 59 is its 十三五 completion table).
    expect(rows[0].total).toBe(4);
    expect(rows[0].nodes).toHaveLength(Number(rows[0].total));
  });

  it("departments by name: the TEXT index on searchText", async () => {
    const { rows, ops } = await profile("departments/page", { ...page, type: null, name: matchKey("区财政厅"), regionId: null });
    expectThrough(ops, "NodeIndexContainsScan", /TEXT INDEX d:Department\(searchText\)/);
    expect(rows[0].nodes.map((d: any) => d.name)).toContain("西藏自治区财政厅");
  });

  it("tasks by text: the TEXT index on searchText", async () => {
    const { rows, ops } = await profile("tasks/page", { ...page, ...noTaskFilter, text: matchKey("医保基金监管") });
    expectThrough(ops, "NodeIndexContainsScan", /TEXT INDEX t:Task\(searchText\)/);
    expect(rows[0].total).toBeGreaterThan(0);
  });

  it("a plan's tasks: the planId index, text left out unless selected", async () => {
    const { rows, ops } = await profile("tasks/page", { ...page, ...noTaskFilter, keys: ["Plan:001_aa40d479269d3f1a"], kind: "TASK", withSourceText: true });
    expectThrough(ops, "NodeIndexSeek", /RANGE INDEX t:Task\(planId\)/);
    const [first] = rows[0].nodes;
    expect(first).toMatchObject({ planId: "Plan:001_aa40d479269d3f1a", kind: "TASK", text: null });
    expect(first.sourceText).toEqual(expect.any(String));
    expect(first).not.toHaveProperty("searchText");
  });
});
