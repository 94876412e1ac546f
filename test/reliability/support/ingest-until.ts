import "reflect-metadata";
import * as fs from "fs";
import * as path from "path";
import { loadConfig } from "../../../src/config";
import { Database } from "../../../src/db";
import { loadDocument } from "../../../src/ingest/load";
import { parseDocument } from "../../../src/ingest/parse";

/**
 * `ingest-until.ts <file> <stage>`: loads the file with the real loader and, when the
 * transaction reaches `stage` (the statements before it already run, nothing
 * committed), says so and blocks forever, so the test can SIGKILL it at exactly
 * that point rather than racing a fast commit.
 */
const [file, stage] = process.argv.slice(2);
const config = loadConfig();
const db = Database.connect(config.neo4j.uri!, config.neo4j);
const doc = parseDocument(path.relative(process.cwd(), file), fs.readFileSync(file));

loadDocument(db, doc, {
  projectRoot: config.projectRoot,
  progress: (s) => {
    if (s !== stage) return;
    // stderr is a pipe: written synchronously on Linux, so the line is out before the block.
    process.stderr.write(`paused inside the transaction before ${s}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
}).then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  },
);
