import type { PlanDocument, SourceSpan } from "../../src/ingest/model";
import { matchKey } from "../../src/common/text-keys";
import { inverse, type LineMap } from "../../src/generate/transforms/line-map";

/**
 * What a document's reading must keep when only its layout changes: the outline
 * (kinds, paths, numbers, titles, deadlines, units, acting departments), the
 * indicator rows (names, values, comparators, attributes, notes), the plan's facts
 * and citations, and where each was printed. Texts are compared by their matching
 * key (script, punctuation width and whitespace folded); lines through the
 * transform's line map, so a fact must be found on the line its text moved to.
 */
export interface ModelView {
  meta: Record<string, unknown>;
  tasks: Record<string, unknown>[];
  indicators: Record<string, unknown>[];
}

const key = (s: string | undefined) => (s === undefined ? undefined : matchKey(s).replace(/\*\*/g, ""));

/** `at` places a line of the original in the text being viewed; identity for the original itself. */
export type Place = (span: SourceSpan) => string;

export function viewOf(doc: PlanDocument, place: Place): ModelView {
  const m = doc.meta;
  return {
    meta: {
      title: key(m.title),
      kind: m.kind,
      region: m.region.name,
      docNumber: key(m.docNumber),
      issuer: key(m.issuer),
      issuedDate: m.issuedDate,
      period: [m.periodStart, m.periodEnd],
      at: place(m.source),
      cites: m.cites.map((c) => ({ title: key(c.title), docNumber: key(c.docNumber), at: place(c.source) })),
    },
    tasks: doc.tasks.map((t) => ({
      path: t.path,
      parent: t.parentPath,
      kind: t.kind,
      number: key(t.number),
      title: key(t.title),
      deadlines: t.deadlines,
      at: place(t.source),
      units: t.units.map((u) => `${u.role} ${key(u.name)} ${place(u.source)}`),
      acting: t.acting.map((a) => `${key(a.name)} ${place(a.source)}`),
    })),
    indicators: doc.indicators.map((r) => ({
      table: r.table,
      seq: r.seq,
      name: key(r.name),
      category: key(r.category),
      unit: key(r.unit),
      baseline: key(r.baseline),
      target: key(r.target),
      values: [r.baselineValue, r.baselineComparator, r.targetValue, r.targetComparator],
      attribute: r.attribute,
      notes: r.notes.map(key),
      at: place(r.source),
    })),
  };
}

/** Lines as printed in the original: `12` or `12-14`. */
export const originalPlace: Place = (s) => (s.line === s.endLine ? `${s.line}` : `${s.line}-${s.endLine}`);

/**
 * Where a span of the transformed text was in the original: the original lines
 * that its first and last lines carry, `?` for a line of no original line (page
 * furniture). Equal to `originalPlace` of the same fact read from the original.
 */
export function placeThrough(map: LineMap): Place {
  const inv = inverse(map);
  return (s) => {
    const a = inv[s.line] ?? "?";
    const b = inv[s.endLine] ?? "?";
    return a === b ? `${a}` : `${a}-${b}`;
  };
}

/**
 * Where each line of a document went when another program rendered and another
 * extracted it (a web page, a Word file, a PDF): the extracted text keeps the content
 * lines in order (test/formats/content.ts), so the k-th content line of one is the
 * k-th of the other. `fold` is how a line's content is compared.
 */
export function contentMap(original: string, extracted: string, fold: (line: string) => string): LineMap {
  const at = (text: string) =>
    text
      .split(/\r?\n/)
      .map((l, i) => ({ no: i + 1, content: fold(l) }))
      .filter((l) => l.content !== "");
  const a = at(original);
  const b = at(extracted);
  if (a.length !== b.length) throw new Error(`the extracted text holds ${b.length} content lines, the original ${a.length}`);
  const lines: [number, number][] = [[0, 0]];
  const total = original.split(/\r?\n/).length;
  let k = 0;
  for (let n = 1; n <= total; n++) {
    if (k < a.length && a[k].no === n) {
      lines.push([b[k].no, b[k].no]);
      k++;
    } else {
      const next = k < b.length ? b[k].no : b[b.length - 1].no + 1;
      lines.push([next, next - 1]);
    }
  }
  return { lines };
}
