import * as fs from "fs";
import * as path from "path";
import type { PlanDocument } from "../../src/ingest/model";
import { parseDocument } from "../../src/ingest/parse";
import { compose, type Transform } from "../../src/generate/transforms/line-map";
import { bom, crlf, enumComma, enumDot, fullWidth, halfWidth, markdown, otherScript, pdf31, pdf36 } from "../../src/generate/transforms/layouts";
import { originalPlace, placeThrough, viewOf } from "../transforms/model-view";

/**
 * Metamorphic tests of the reader: every seed, rewritten in another layout with
 * its content unchanged, must read as the same model as the seed itself — same
 * outline, units, indicators, deadlines, facts and citations, each found on the
 * line its text moved to. No tolerance: one difference fails.
 */
const SEEDS = path.join(__dirname, "..", "..", "seeds");
const FILES = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

const TRANSFORMS: Transform[] = [
  crlf,
  bom,
  otherScript,
  fullWidth,
  halfWidth,
  enumComma,
  enumDot,
  markdown,
  pdf36,
  pdf31,
  compose(otherScript, markdown),
  compose(markdown, pdf36),
  compose(otherScript, fullWidth, enumComma, pdf31, crlf),
  compose(halfWidth, enumDot, markdown, bom),
];

describe.each(FILES)("seed %s", (file) => {
  const text = fs.readFileSync(path.join(SEEDS, file), "utf8");
  const original = parseDocument(`seeds/${file}`, Buffer.from(text));
  const expected = viewOf(original, originalPlace);

  it.each(TRANSFORMS.map((t) => [t.name, t] as const))("reads the same model under %s", (_name, transform) => {
    const out = transform.apply(text);
    const doc = parseDocument(`seeds/${file}`, Buffer.from(out.text));
    const view = viewOf(doc, placeThrough(out.map));
    expect(view.meta).toEqual(expected.meta);
    expect(view.indicators).toEqual(expected.indicators);
    expect(view.tasks).toEqual(expected.tasks);
    expect(notAsPrinted(doc, out.text)).toEqual([]);
  });
});

/**
 * What we show must be what the transformed text prints (its script, its
 * punctuation), only layout taken out: every fact that names printed text is found
 * in the document's lines (page furniture dropped, whitespace and markup removed).
 */
function notAsPrinted(doc: PlanDocument, text: string): string[] {
  const dropped = new Set(doc.dropped.map((d) => d.line));
  const flat = (s: string) => s.replace(/\*\*|^\s*(?:>\s*)*#*|\||\s/gm, "");
  const body = flat(
    text
      .split("\n")
      .filter((_, i) => !dropped.has(i + 1))
      .join("\n"),
  );
  const printed = [
    doc.meta.title,
    doc.meta.docNumber,
    doc.meta.issuer,
    ...doc.meta.cites.map((c) => c.title),
    ...doc.tasks.map((t) => t.title),
    ...doc.tasks.flatMap((t) => t.units.map((u) => u.name)),
  ].filter((v): v is string => !!v);
  return printed.filter((v) => !body.includes(flat(v)));
}
