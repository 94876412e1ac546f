import type { TaskNode, Warning } from "../model";
import { IngestError } from "../normalize/errors";
import type { Paragraph } from "../normalize/paragraphs";
import type { SourceText } from "../normalize/source-text";
import { LABELS } from "./units";

const OPEN = "〔([【";
const CLOSE = "〕)]】";
const CLAUSE_START = new RegExp(`^\\s*(?:${LABELS.map((r) => r.label).join("|")})\\s*:`);

/**
 * Signs of a document cut short, which the other stages pass over in silence: a
 * unit clause (〔牵头单位:…) whose bracket never closes loses its units, and a file
 * that ends inside an indicator table may have lost its last row. Each is a warning
 * naming the line; a document with no outline, or headings without a single task
 * under them, is refused, since loading it would replace a plan with nothing but
 * its cover.
 */
export function truncationWarnings(source: SourceText, paras: Paragraph[], tableLines: Set<number>, skip: Set<number>, tasks: TaskNode[]): Warning[] {
  if (tasks.length === 0) {
    throw new IngestError(source.file, "no outline found (no chapter, section or numbered task): the file is cut short or not a plan of the known families");
  }
  if (!tasks.some((t) => t.kind === "TASK" || t.kind === "SUBTASK" || t.kind === "COLUMN_ITEM")) {
    const headings = tasks.map((t) => t.title).slice(0, 3).join("、");
    throw new IngestError(source.file, `no task found under the headings read (${headings}): the file is cut short or not a plan of the known families`);
  }
  const warnings: Warning[] = [];
  for (const p of paras) {
    for (const at of unclosedClauses(p.text)) {
      warnings.push({ line: p.span(at, at + 1).line, message: `a unit clause opens here and never closes (the text may be cut short): its units are not read` });
    }
  }
  const last = [...source.lines].reverse().find((l) => l.text && !skip.has(l.no));
  if (last && tableLines.has(last.no)) {
    warnings.push({ line: last.no, message: "the document ends inside an indicator table (the file may be cut short): the last row may be incomplete" });
  }
  return warnings;
}

/** Positions of brackets that open a unit clause and have no matching close. */
function unclosedClauses(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPEN.includes(text[i]) || !CLAUSE_START.test(text.slice(i + 1, i + 12))) continue;
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (OPEN.includes(text[j])) depth++;
      else if (CLOSE.includes(text[j]) && --depth === 0) break;
    }
    if (j === text.length) out.push(i);
    else i = j;
  }
  return out;
}
