import { foldPunctuation, toSimplified } from "../common/text-keys";

const CONTEXT = 30;

/**
 * A short excerpt of `original` around the first term found, with the match
 * wrapped in «…». Matching runs on the simplified form (same length as the
 * original), so the excerpt shows the original script.
 */
export function snippet(original: string, terms: string[]): string {
  const folded = foldPunctuation(toSimplified(original)).toLowerCase();
  for (const term of terms) {
    const at = folded.indexOf(term.toLowerCase());
    if (at < 0) continue;
    const start = Math.max(0, at - CONTEXT);
    const end = Math.min(original.length, at + term.length + CONTEXT);
    return `${start > 0 ? "…" : ""}${original.slice(start, at)}«${original.slice(at, at + term.length)}»${original.slice(at + term.length, end)}${end < original.length ? "…" : ""}`;
  }
  return original.length > 2 * CONTEXT ? `${original.slice(0, 2 * CONTEXT)}…` : original;
}
