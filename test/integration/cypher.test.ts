import * as path from "path";
import { CypherLibrary } from "../../src/cypher";
import { Database } from "../../src/db";
import { testConfig } from "../setup/test-config";

const root = path.join(__dirname, "../..");
const config = testConfig();
let db: Database;

beforeAll(() => {
  db = Database.connect(process.env.TEST_NEO4J_URI!, config.neo4j);
});
afterAll(() => db.close());

describe.each(["queries", "load"])("every Cypher file in cypher/%s", (folder) => {
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
