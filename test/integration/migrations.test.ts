import * as fs from "fs";
import * as path from "path";
import { Database } from "../../src/db";
import { migrate } from "../../src/migrate";
import { testConfig } from "../setup/test-config";

const config = testConfig();
let db: Database;

beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
});
afterAll(() => db.close());

describe("schema migrations", () => {
  it("apply again without error (idempotent)", async () => {
    // Every statement of every file, counted here as `;`-ended statements outside // comments.
    const dir = path.join(config.projectRoot, "cypher", "migrations");
    const statements = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".cypher"))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").replace(/\/\/.*$/gm, "").split(";"))
      .filter((s) => s.trim() !== "");
    await expect(migrate(db, dir)).resolves.toBe(statements.length);
  });

  it("create the id constraints and a cjk full-text index", async () => {
    const constraints = await db.read("test", "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    expect(constraints[0].names).toEqual(expect.arrayContaining(["plan_id", "task_id", "department_id", "indicator_id", "region_id"]));
    const [index] = await db.read("test", "SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = 'search' RETURN state, options");
    expect(index.state).toBe("ONLINE");
    expect((index.options as any).indexConfig["fulltext.analyzer"]).toBe("cjk");
  });
});
