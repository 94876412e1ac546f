import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/**
 * No Cypher is built from text at run time: statements live in cypher/**.cypher and
 * values travel as $parameters. This reads the sources (not the running server) so
 * that a new code path cannot slip past: it fails on a template literal or a `+`
 * that splices values into something that reads as Cypher, on a statement argument
 * that is neither a constant nor a statement from the library, and on Cypher files
 * that would run text as a query (apoc.cypher.*, apoc.periodic.*, ${…}).
 */
const ROOT = path.resolve(__dirname, "../..");
const CLAUSE = /\b(MATCH|MERGE|CREATE|DELETE|DETACH|REMOVE|RETURN|UNWIND|WHERE|OPTIONAL MATCH|CALL|FOREACH|LOAD CSV|SET)\b/;
/** Where a statement is passed: `.run(q)`, `.read(name, q)`, `.write(name, q)`, `collect(tx, q)`. */
const STATEMENT_ARG: Record<string, number> = { run: 0, read: 1, write: 1, collect: 1 };

function files(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : e.name.endsWith(ext) ? [p] : [];
  });
}

/** Findings in one TypeScript file, as `file:line what`. */
export function stringBuiltCypher(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(`${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}: ${node.getText().slice(0, 80)}`);
  const literalText = (node: ts.Node): string | undefined =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;

  const visit = (node: ts.Node) => {
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
      if (CLAUSE.test(parts)) at(node, "template literal splicing values into Cypher");
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const sides = [literalText(node.left), literalText(node.right)].filter((s): s is string => s !== undefined);
      if (sides.some((s) => CLAUSE.test(s))) at(node, "string concatenation building Cypher");
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
      const index = STATEMENT_ARG[name];
      const arg = index === undefined ? undefined : node.arguments[index];
      if (arg && isBuilt(arg)) at(arg, `statement passed to ${name}() is built in place`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * A string made at the call: a template with values, a `+`, or a call other than a
 * library lookup (`q.get("name")`, `deps.cypher.get(name)`). Constants, names and
 * parameter objects (`ctx.read(name, { … })` takes parameters second) are fine.
 */
function isBuilt(node: ts.Node): boolean {
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isBinaryExpression(node)) return node.operatorToken.kind === ts.SyntaxKind.PlusToken;
  if (ts.isCallExpression(node)) return !(ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "get");
  return false;
}

describe("Cypher is never built from text", () => {
  const sources = [...files(path.join(ROOT, "src"), ".ts"), ...files(path.join(ROOT, "scripts"), ".ts")];

  it("finds what it looks for (the check itself works)", () => {
    const bad = [
      "db.read('x', `MATCH (n {id: '${id}'}) RETURN n`);",
      'session.run("MATCH (n) WHERE n.name = \'" + name + "\' RETURN n");',
      "tx.run(prefix.concat(rest));",
    ].join("\n");
    const lines = stringBuiltCypher(path.join(ROOT, "src/example.ts"), bad).map((f) => f.split(" ")[0]);
    expect([...new Set(lines)]).toEqual(["src/example.ts:1", "src/example.ts:2", "src/example.ts:3"]);
    expect(stringBuiltCypher(path.join(ROOT, "src/example.ts"), "db.read('x', q.get('plans/all'), { id });\nsession.run('RETURN 1');")).toEqual([]);
  });

  it(`in src/ and scripts/ (${sources.length} TypeScript files): statements come from cypher/ or are constants`, () => {
    const found = sources.flatMap((f) => stringBuiltCypher(f, fs.readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  it("in cypher/: no file runs text as a statement", () => {
    const cypher = files(path.join(ROOT, "cypher"), ".cypher");
    expect(cypher.length).toBeGreaterThan(20);
    const found = cypher.filter((f) => /apoc\.(cypher|periodic|do)\.|\$\{/i.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(found).toEqual([]);
  });
});
