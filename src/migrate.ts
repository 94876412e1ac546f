import * as fs from "fs";
import * as path from "path";
import { statements } from "./cypher";
import type { Database } from "./db";

/**
 * Applies `cypher/migrations/*.cypher` in name order. Every statement is
 * idempotent (`IF NOT EXISTS`), so running them at each start is safe; then waits
 * until the indexes are online, so the first query does not race them.
 */
export async function migrate(db: Database, dir: string): Promise<number> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".cypher")).sort();
  let count = 0;
  for (const file of files) {
    for (const statement of statements(fs.readFileSync(path.join(dir, file), "utf8"))) {
      // Schema commands cannot share a transaction with writes: one each, auto-committed.
      const session = db.driver.session({ database: db.database });
      try {
        await session.run(statement);
        count++;
      } catch (e) {
        throw new Error(`migration ${file} failed on: ${statement}\n${(e as Error).message}`);
      } finally {
        await session.close();
      }
    }
  }
  const session = db.driver.session({ database: db.database });
  try {
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
  return count;
}
