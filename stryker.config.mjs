// Mutation testing (`npm run mutate`, not part of `npm test`): StrykerJS mutates the pure
// code the unit tests claim to pin and runs the UNIT project only (no database) against
// each mutant. Scope one folder at a time, since a run is CPU-heavy:
//   npm run mutate -- common | lineage | parse       (all three when none is named)
// Results: reports/mutation/<scope>.json and .html (not committed); scripts/mutation-summary.js
// adds each run to docs/mutation/<scope>.json and writes docs/mutation/<scope>.md (committed);
// docs/testing.md reads the survivors.
/** The folders mutated, by scope name: the lineage files are those that score and match (no database steps). */
export const SCOPES = {
  common: ["src/common/**/*.ts"],
  lineage: [
    "src/lineage/text/{vectors,tokenize,task-text,task-sentences,lexicon,projects}.ts",
    "src/lineage/match/{scorer,matcher,evidence,plan-pair,project-links}.ts",
    "src/lineage/groups/{groups,group-merge,plan-lines}.ts",
    "src/lineage/write/peers.ts",
  ],
  parse: ["src/ingest/parse/**/*.ts"],
};

const scope = process.env.MUTATE_SCOPE ?? "common";
// MUTATE_FILES="a.ts,b/*.ts" mutates only those files of the scope (a rerun of the files a new
// test touches, or a part of a scope too large for the time at hand); the summary names them.
const only = process.env.MUTATE_FILES?.split(",").map((f) => f.trim()).filter(Boolean);

export default {
  packageManager: "npm",
  testRunner: "jest",
  // jest.unit.config.js is the unit project alone: the database project never runs here. Each mutant
  // runs only the test files that import its file (findRelatedTests), then only the tests covering it.
  jest: {
    projectType: "custom",
    configFile: "jest.unit.config.js",
    enableFindRelatedTests: true,
    // lineage-eval.test.ts re-fits the model leaving each plan pair out (130 s on an idle core,
    // far more under load) and covers nearly every lineage mutant, so each such mutant would cost
    // minutes: a run of the lineage scope took ~80 s a mutant. It is left out of mutation runs;
    // lineage-pins.test.ts pins the same scorer pair by pair, and the floors still run in `npm test`.
    config: { testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/unit/lineage-eval.test.ts"] },
  },
  coverageAnalysis: "perTest",
  // A static mutant (in a module-level table: the lineage lexicon's word lists, the parsers'
  // regular expressions and label tables) is covered by every test that imports the module, so
  // each one reruns all of them: in the lineage scope 907 of 1,337 mutants, about 4 hours on
  // two cores. They are left out (reported as ignored) except in src/common, where there are 6;
  // MUTATE_STATIC=1 includes them. The label and comparator tables of the parsers are pinned
  // row by row in units.test.ts and indicators.test.ts instead.
  ignoreStatic: scope !== "common" && !process.env.MUTATE_STATIC,
  mutate: only ?? SCOPES[scope],
  // Not copied into the sandbox: the Neo4j stores and build outputs are large and unused by unit tests.
  ignorePatterns: [".neo4j", "dist", "coverage", "generated", "reports", "bench/results*"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  timeoutMS: 30_000,
  // The initial run (every unit test once, with per-test coverage) takes about 3 minutes alone
  // and far longer niced on a shared machine: Stryker's default of 5 minutes aborted a run.
  dryRunTimeoutMinutes: 30,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
