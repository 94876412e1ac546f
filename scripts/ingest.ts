import "reflect-metadata";
import * as fs from "fs";
import * as path from "path";
import { loadConfig } from "../src/config";
import { migrate } from "../src/migrate";
import { openGraphStore } from "../src/neo4j";
import { createLogger } from "../src/log";
import { loadDocument } from "../src/ingest/load";
import type { PlanDocument } from "../src/ingest/model";
import { IngestError } from "../src/ingest/normalize/errors";
import { parseDocument } from "../src/ingest/parse";

const USAGE = `usage: npm run ingest -- [--dry-run] [--json] [--force] <file…>
  --dry-run   parse only; print the summary (or the document model with --json); touch no database
  --json      print the parsed document model as JSON
  --force     re-load even when the document's content hash is already loaded`;

/** `npm run ingest -- <file…>`: parse and load documents of the known families, with progress and a summary. */
async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => !["--dry-run", "--json", "--force"].includes(f));
  if (unknown.length || !files.length) {
    console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const progress = (msg: string) => process.stderr.write(`[ingest] ${msg}\n`);

  // Parse everything first: a bad file stops the run before anything is written.
  const docs: PlanDocument[] = [];
  for (const file of files) {
    progress(`${file}: reading and parsing`);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new IngestError(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const doc = parseDocument(displayPath(file), bytes);
    docs.push(doc);
    progress(`${file}: ${summary(doc)}`);
    for (const d of doc.dropped) progress(`  dropped line ${d.line}: ${d.reason}`);
    for (const w of doc.warnings) progress(`  warning line ${w.line}: ${w.message}`);
  }
  if (flags.has("--json")) process.stdout.write(JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + "\n");
  if (flags.has("--dry-run")) return 0;

  const config = loadConfig();
  const log = createLogger("warn");
  const store = await openGraphStore(config, log);
  try {
    await migrate(store.db, path.join(config.projectRoot, "cypher", "migrations"));
    for (const doc of docs) {
      progress(`${doc.file}: loading in one transaction`);
      const result = await loadDocument(store.db, doc, {
        projectRoot: config.projectRoot,
        force: flags.has("--force"),
        progress: (stage) => progress(`  ${stage}`),
      });
      progress(`${doc.file}: ${result.outcome} as ${result.planId}`);
      if (!flags.has("--json")) console.log(JSON.stringify({ file: doc.file, ...result }));
    }
  } finally {
    await store.close();
  }
  return 0;
}

/** Provenance names a document relative to the project (`seeds/…`) when it is inside it, else absolutely. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative;
}

function summary(doc: PlanDocument): string {
  const kinds: Record<string, number> = {};
  for (const t of doc.tasks) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const units = doc.tasks.reduce((n, t) => n + t.units.length, 0);
  const acting = doc.tasks.reduce((n, t) => n + t.acting.length, 0);
  return [
    `style ${doc.style}, "${doc.meta.title}"`,
    Object.entries(kinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ") || "no outline",
    `${units} unit mentions, ${acting} acting mentions, ${doc.indicators.length} indicator rows, ${doc.meta.cites.length} citations`,
    `${doc.dropped.length} dropped lines, ${doc.warnings.length} warnings`,
  ].join("; ");
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(e instanceof IngestError ? `ingest refused: ${e.message}` : `ingest failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
