import type { Coverage, DroppedLine, IndicatorRow, PlanMeta, TaskNode, Warning } from "../model";
import type { SourceText } from "../normalize/source-text";
import type { Layout } from "./layout";

/**
 * Where every non-blank line of the document went: into the model (the outline,
 * an indicator table, the title and cover facts), left out by a rule that names
 * itself (page furniture, the table of contents, a narrative part, the end
 * matter, the preamble the citations were read from), or unread. Unread lines are
 * what the reader could not place: each run of them is a warning with its line.
 */
export function coverage(
  source: SourceText,
  parts: {
    dropped: DroppedLine[];
    layout: Layout;
    meta: PlanMeta;
    tasks: TaskNode[];
    indicators: IndicatorRow[];
    tableLines: Set<number>;
    captionLines: number[];
    leftOut: { lines: number[]; reason: string }[];
  },
): { coverage: Coverage; warnings: Warning[] } {
  const where = new Map<number, string>();
  const mark = (line: number, role: string) => {
    if (!where.has(line)) where.set(line, role);
  };
  const span = (from: number, to: number, role: string) => {
    for (let n = from; n <= to; n++) mark(n, role);
  };
  for (const d of parts.dropped) mark(d.line, d.reason);
  for (const t of parts.tasks) span(t.source.line, t.source.endLine, "model");
  for (const n of parts.tableLines) mark(n, "model");
  for (const n of parts.captionLines) mark(n, "model");
  for (const r of parts.indicators) span(r.source.line, r.source.endLine, "model");
  span(parts.meta.source.line, parts.meta.source.endLine, "model");
  const paras = (ps: Layout["cover"], role: string) => ps.forEach((p) => span(p.line, p.endLine, role));
  paras(parts.layout.cover, "model");
  paras(parts.layout.toc, "table of contents");
  paras(parts.layout.preamble, "preamble");
  paras(parts.layout.end, "end matter");
  paras(parts.layout.appendix, "appendix");
  for (const l of parts.leftOut) for (const n of l.lines) mark(n, l.reason);

  const counts = new Map<string, number>();
  const unread: number[] = [];
  // Runs of unread lines, blank lines between them not breaking a run.
  const runs: [number, number][] = [];
  let lines = 0;
  let inRun = false;
  for (const line of source.lines) {
    if (!line.text && !line.markup.rule) continue;
    lines++;
    const role = where.get(line.no);
    if (role === undefined) {
      unread.push(line.no);
      if (inRun) runs[runs.length - 1][1] = line.no;
      else runs.push([line.no, line.no]);
      inRun = true;
    } else {
      counts.set(role, (counts.get(role) ?? 0) + 1);
      inRun = false;
    }
  }
  const warnings: Warning[] = runs.map(([a, b]) => ({
    line: a,
    message: `${a === b ? `line ${a} was` : `lines ${a}–${b} were`} not read into the outline, a table or the plan's facts: ${source.line(a).text.slice(0, 30)}…`,
  }));
  const read = counts.get("model") ?? 0;
  counts.delete("model");
  return {
    coverage: {
      lines,
      read,
      leftOut: [...counts.entries()].map(([rule, n]) => ({ rule, lines: n })).sort((a, b) => b.lines - a.lines),
      unread,
    },
    warnings,
  };
}
