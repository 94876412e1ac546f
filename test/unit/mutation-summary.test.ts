// scripts/mutation-summary.js: how a run of part of a scope adds to the committed report.
const { entriesOf, merged, render, tally } = require("../../scripts/mutation-summary.js");

const mutant = (status: string, line: number, mutatorName = "ConditionalExpression", replacement = "false") => ({ status, mutatorName, replacement, location: { start: { line, column: 3 } } });
const report = (files: Record<string, ReturnType<typeof mutant>[]>) => ({
  files: Object.fromEntries(Object.entries(files).map(([f, mutants]) => [f, { source: "const a = 1;\nif (x) return y;\n", mutants }])),
});

describe("mutation summary", () => {
  it("scores detected (killed, timeout) over detected, survived and uncovered, ignoring static and erroring mutants", () => {
    const t = tally([{ Killed: 6, Timeout: 1, Survived: 2, NoCoverage: 1, Ignored: 5, RuntimeError: 3 }]);
    expect([t.total, t.score, t.covered]).toEqual([18, 70, (100 * 7) / 9]);
  });

  it("keeps the files of earlier runs when a run mutates other files, and replaces a file mutated again", () => {
    const first = merged(undefined, entriesOf(report({ "src/ingest/parse/units/roles.ts": [mutant("Killed", 1), mutant("Survived", 2)] }), "aaa1111"));
    const second = merged(first, entriesOf(report({ "src/ingest/parse/indicators/value.ts": [mutant("Killed", 1), mutant("NoCoverage", 2)] }), "bbb2222"));
    expect(Object.keys(second.files).sort()).toEqual(["src/ingest/parse/indicators/value.ts", "src/ingest/parse/units/roles.ts"]);
    expect(second.files["src/ingest/parse/units/roles.ts"]).toEqual({
      commit: "aaa1111",
      counts: { Killed: 1, Survived: 1 },
      open: [{ line: 2, column: 3, mutator: "ConditionalExpression", status: "Survived", source: "if (x) return y;", replacement: "false" }],
    });
    const third = merged(second, entriesOf(report({ "src/ingest/parse/units/roles.ts": [mutant("Killed", 1), mutant("Killed", 2)] }), "ccc3333"));
    expect(third.files["src/ingest/parse/units/roles.ts"]).toEqual({ commit: "ccc3333", counts: { Killed: 2 }, open: [] });
    const md = render("parse", third);
    expect(md).toContain("**Score 75.00 %** (100.00 % of covered): 3 detected of 4, 0 ignored, over 2 files.");
    expect(md).toContain("at commits bbb2222, ccc3333 (per file below)");
    expect(md).toContain("| `src/ingest/parse/units` | 2 | 0 | 2 | 0 | 0 | 0 | 0 | 100.00 % | 100.00 % |");
    expect(md).toContain("| src/ingest/parse/indicators/value.ts:2:3 | ConditionalExpression | NoCoverage | `if (x) return y;` | `false` |");
  });
});
