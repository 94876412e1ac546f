import { cleanTextMapped, MappedText, sentenceSpans } from "./tokenize";

/**
 * A sentence of a task in the two forms evidence needs: `compared`, simplified and
 * folded, what the scorer aligns; `printed`, the same sentence exactly as the document
 * prints it (original script and punctuation, a page break inside it kept), with the
 * 1-based lines it runs over. Both come from one split of the printed text, so the
 * mapping holds by construction rather than being searched for afterwards.
 */
export interface TaskSentence {
  compared: string;
  printed: string;
  /** Null when the task came without its source (a task built in memory, not read from a document). */
  line: number | null;
  endLine: number | null;
}

/** What of a task its sentences are read from: its text, and its source span (`Task.source`) when it has one. */
export interface SentenceSource {
  text: string;
  title: string;
  sourceText?: string | null;
  sourceLine?: number | null;
}

/**
 * The sentences of a task's own text (`own` = `cleanText` of it). They are read from
 * the source span, the exact document text that starts at line `sourceLine`, so each
 * has its lines. A span can hold more than the task's text (a table printed between
 * two of its paragraphs): then only sentences that are part of `own` are kept.
 */
export function taskSentences(task: SentenceSource, own: string): TaskSentence[] {
  if (task.sourceText == null || task.sourceLine == null) return sentencesOf(task.text || task.title, null);
  const cleaned = cleanTextMapped(task.sourceText);
  const all = sentencesOf(task.sourceText, task.sourceLine, cleaned);
  return cleaned.text === own ? all : all.filter((s) => own.includes(s.compared));
}

function sentencesOf(printed: string, firstLine: number | null, cleaned: MappedText = cleanTextMapped(printed)): TaskSentence[] {
  return sentenceSpans(cleaned.text).map((s) => {
    const start = cleaned.map[s.start];
    let end = cleaned.map[s.end - 1] + 1;
    if (/[\uDC00-\uDFFF]/.test(printed[end] ?? "")) end++;
    const text = printed.slice(start, end);
    const line = firstLine == null ? null : firstLine + newlines(printed, start);
    return { compared: s.text, printed: text, line, endLine: line == null ? null : line + newlines(text) };
  });
}

function newlines(s: string, to = s.length): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0 && i < to; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
