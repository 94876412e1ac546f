import "reflect-metadata";
import * as fs from "fs";
import * as path from "path";
import { loadConfig } from "../src/config";
import { migrate } from "../src/migrate";
import { openGraphStore } from "../src/neo4j";
import { createLogger } from "../src/log";
import type { Database } from "../src/db";
import { loadDocument, LoadedVersion, loadedVersion } from "../src/ingest/load";
import type { PlanDocument } from "../src/ingest/model";
import { IngestError } from "../src/ingest/normalize/errors";
import { readDocument } from "../src/ingest/pipeline";
import { LineageInput, updateLineage } from "../src/lineage/update";

const USAGE = `usage: npm run ingest -- [--dry-run] [--json] [--force] [--status] <file…>
  --dry-run   parse only; print the summary (or the document model with --json); touch no database
  --json      print the parsed document model as JSON
  --force     re-load even when the document's content hash is already loaded
  --status    load nothing; say per plan whether the graph holds this file's content, another
              version or none, and whether it is complete (exit 3 unless all are current)`;

/** `npm run ingest -- <file…>`: parse and load documents of the known families, with progress and a summary. */
async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => !["--dry-run", "--json", "--force", "--status"].includes(f));
  if (unknown.length || !files.length) {
    console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const progress = (msg: string) => process.stderr.write(`[ingest] ${msg}\n`);

  // Parse everything first: a bad file stops the run before anything is written.
  const docs: { doc: PlanDocument; bytes: Buffer }[] = [];
  for (const file of files) {
    progress(`${file}: reading and parsing`);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new IngestError(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const doc = await readDocument(displayPath(file), bytes);
    docs.push({ doc, bytes });
    progress(`${file}: ${summary(doc)}`);
    progress(`  ${formatLine(doc)}`);
    progress(`  ${coverageLine(doc)}`);
    for (const d of doc.division) {
      progress(
        `  division-of-labour table at line ${d.line}: ${d.rows} rows, ${d.joined} joined to the body's tasks` +
          (d.unmatchedRows.length ? `; rows naming no body task: ${d.unmatchedRows.map((r) => `line ${r.line} (${r.path})`).join(", ")}` : "") +
          (d.tasksWithoutRow.length ? `; tasks without a row: ${d.tasksWithoutRow.join(", ")}` : ""),
      );
    }
    for (const d of doc.dropped) progress(`  dropped line ${d.line}: ${d.reason}`);
    for (const w of doc.warnings) progress(`  warning line ${w.line}: ${w.message}`);
  }
  if (flags.has("--json")) await writeOut(JSON.stringify(docs.length === 1 ? docs[0].doc : docs.map((d) => d.doc), null, 2) + "\n");
  if (flags.has("--dry-run")) return 0;

  const config = loadConfig();
  const log = createLogger("warn");
  const store = await openGraphStore(config, log);
  try {
    if (flags.has("--status")) return await reportStatus(store.db, docs.map((d) => d.doc), config.projectRoot, progress);
    await migrate(store.db, path.join(config.projectRoot, "cypher", "migrations"));
    const lineage: LineageInput[] = [];
    for (const { doc, bytes } of docs) {
      progress(`${doc.file}: loading in one transaction`);
      const result = await loadDocument(store.db, doc, {
        projectRoot: config.projectRoot,
        original: bytes,
        force: flags.has("--force"),
        progress: (stage) => progress(`  ${stage}`),
      });
      progress(`${doc.file}: ${result.outcome} as ${result.planId}${result.replacedFile ? ` (the same document as ${result.replacedFile}, loaded before: replaced, not duplicated)` : ""}`);
      progress(describeVersion(doc, await loadedVersion(store.db, doc, { projectRoot: config.projectRoot })));
      if (!flags.has("--json")) console.log(JSON.stringify({ file: doc.file, ...result }));
      lineage.push({ planId: result.planId, text: doc.text });
    }
    // After every document is in: each plan's lineage is its own transaction, and a
    // failure there leaves the loaded documents in place with their lineage stale.
    for (const outcome of await updateLineage(store.db, lineage, { projectRoot: config.projectRoot, force: flags.has("--force"), progress })) {
      progress(`lineage of ${outcome.planId}: ${outcome.outcome}`);
      if (!flags.has("--json")) console.log(JSON.stringify({ lineage: outcome }));
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

/**
 * Each load is one transaction, so a plan is either the version before an interrupted
 * run or the one after it; this says which, comparing the loaded hash with the file's.
 */
async function reportStatus(db: Database, docs: PlanDocument[], projectRoot: string, progress: (m: string) => void): Promise<number> {
  let allCurrent = true;
  for (const doc of docs) {
    const v = await loadedVersion(db, doc, { projectRoot });
    allCurrent &&= v.state === "current" && v.complete !== false;
    progress(describeVersion(doc, v));
    console.log(JSON.stringify({ file: doc.file, ...v }));
  }
  return allCurrent ? 0 : 3;
}

function describeVersion(doc: PlanDocument, v: LoadedVersion): string {
  const hash = (h: string | null) => (h ? `sha256 ${h.slice(0, 12)}…` : "none");
  const counts = `${v.tasks} tasks, ${v.indicators} indicators`;
  const whole = v.complete === null ? "" : v.complete ? `, complete (${counts})` : `, INCOMPLETE (${counts} differ from what was loaded)`;
  if (v.state === "current") return `${doc.file}: ${v.planId} holds this file's content (${hash(v.loadedHash)})${whole}`;
  if (v.state === "other-version") {
    return `${doc.file}: ${v.planId} holds another version (loaded ${hash(v.loadedHash)}, file ${hash(v.fileHash)})${whole}; ingest the file to replace it`;
  }
  return `${doc.file}: ${v.planId} is not loaded`;
}

function summary(doc: PlanDocument): string {
  const kinds: Record<string, number> = {};
  for (const t of doc.tasks) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const units = doc.tasks.reduce((n, t) => n + t.units.length, 0);
  const acting = doc.tasks.reduce((n, t) => n + t.acting.length, 0);
  return [
    `"${doc.meta.title}"${doc.layout.length ? ` (${doc.layout.join(", ")})` : ""}`,
    Object.entries(kinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ") || "no outline",
    `${units} unit mentions, ${acting} acting mentions, ${doc.indicators.length} indicator rows, ${doc.meta.cites.length} citations`,
    `${doc.dropped.length} dropped lines, ${doc.warnings.length} warnings`,
  ].join("; ");
}

/** `web page (html), encoding utf-8; left out by rule: 3 script, 1 navigation (首页 > 政务公开…)`. */
function formatLine(doc: PlanDocument): string {
  const kinds = { text: "text", html: "web page (html)", docx: "Word document (docx)", pdf: "PDF" };
  const removed = doc.removed.map((r) => `${r.count} ${r.rule}${r.sample ? ` (${r.sample})` : ""}`).join(", ");
  return `${kinds[doc.format]}, encoding ${doc.encoding}${removed ? `; left out by rule: ${removed}` : ""}`;
}

/**
 * Resolves once the text is handed to the operating system: stdout into a pipe is
 * asynchronous, and exiting before it drains cuts the JSON at 64 KiB.
 */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
}

/** `182 of 212 lines read; left out: 28 table of contents, …; unread: none`. */
function coverageLine(doc: PlanDocument): string {
  const c = doc.coverage;
  const left = c.leftOut.map((l) => `${l.lines} ${l.rule}`).join(", ") || "none";
  const unread = c.unread.length ? `${c.unread.length} (lines ${c.unread.slice(0, 12).join(", ")}${c.unread.length > 12 ? ", …" : ""})` : "none";
  return `coverage: ${c.read} of ${c.lines} lines read; left out: ${left}; unread: ${unread}`;
}

main(process.argv.slice(2)).then(
  // Exit only after stdout has drained (see writeOut).
  (code) => process.stdout.write("", () => process.exit(code)),
  (e: Error) => {
    console.error(e instanceof IngestError ? `ingest refused: ${e.message}` : `ingest failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
