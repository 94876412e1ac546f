/** A printed line of a document: its number, its offset in the decoded text and its text (Plan.sourceLines). */
export interface DocLine {
  number: number;
  offset: number;
  text: string;
}

/** What a mark shows: the task's own text, its unit clause, a unit's printed name. */
export type MarkKind = "task" | "clause" | "unit";

/** A character range of the decoded document (offsets as Source.startOffset/endOffset count). */
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Part {
  text: string;
  kinds: MarkKind[];
}

export interface MarkedLine extends DocLine {
  parts: Part[];
  /** Every kind that touches the line, so a view can tint the line itself. */
  kinds: MarkKind[];
}

const ORDER: MarkKind[] = ["task", "clause", "unit"];

/**
 * Cuts each line into parts at every mark boundary inside it; each part lists the
 * marks covering it (outer first). Marks may overlap (a unit name inside its clause
 * inside the task) and may run over several lines.
 */
export function markLines(lines: DocLine[], marks: Mark[]): MarkedLine[] {
  return lines.map((line) => {
    const lineEnd = line.offset + line.text.length;
    const here = marks.filter((m) => m.start < lineEnd && m.end > line.offset && m.end > m.start);
    const cuts = new Set<number>([0, line.text.length]);
    for (const m of here) {
      cuts.add(Math.max(0, m.start - line.offset));
      cuts.add(Math.min(line.text.length, m.end - line.offset));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const parts: Part[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const kinds = sortKinds(here.filter((m) => m.start - line.offset <= a && m.end - line.offset >= b).map((m) => m.kind));
      parts.push({ text: line.text.slice(a, b), kinds });
    }
    if (!parts.length) parts.push({ text: "", kinds: [] });
    return { ...line, parts, kinds: sortKinds(here.map((m) => m.kind)) };
  });
}

function sortKinds(kinds: MarkKind[]): MarkKind[] {
  return ORDER.filter((k) => kinds.includes(k));
}
