import "reflect-metadata";
import * as path from "path";
import { loadConfig } from "../src/config";
import { CypherLibrary } from "../src/cypher";
import { writeAuditWorkbookFile } from "../src/exports/audit/file";
import { createLogger } from "../src/log";
import { openGraphStore } from "../src/neo4j";

const USAGE = `usage: npm run export -- --xlsx <file>
  --xlsx <file>   write the audit workbook (the same as GET /export/audit.xlsx) to <file>
The tabular exports (tasks, units, lineage, indicators, departments) are served by the API: see docs/exports.md.`;

/** `npm run export -- --xlsx <file>`: the audit workbook from the graph that NEO4J_URI (or the local server) holds. */
async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf("--xlsx");
  const file = at >= 0 ? argv[at + 1] : undefined;
  const unknown = argv.filter((a, i) => i !== at && i !== at + 1);
  if (!file || file.startsWith("--") || unknown.length) {
    console.error(unknown.length ? `unknown argument ${unknown.join(" ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const config = loadConfig();
  const progress = (msg: string) => process.stderr.write(`[export] ${msg}\n`);
  const cypher = CypherLibrary.load(path.join(config.projectRoot, "cypher", "queries"));
  const store = await openGraphStore(config, createLogger("warn"));
  try {
    progress(`writing the audit workbook to ${file}`);
    const read = (name: string, params: Record<string, unknown>) => store.db.read(name, cypher.get(name), params);
    const summary = await writeAuditWorkbookFile(file, read, { batchSize: config.graphql.maxFirst, progress: (m) => progress(`  ${m}`) });
    progress(`done: ${summary.sheets.length} sheets, ${summary.sheets.reduce((n, s) => n + s.rows, 0)} rows`);
  } finally {
    await store.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`export failed: ${e.message}`);
    process.exit(1);
  },
);
