export type HitKind = "Department" | "Task" | "Plan" | "Indicator";

export interface Hit {
  score: number;
  snippet: string;
  node: { __typename: string; id: string } & Record<string, unknown>;
}

/** The order the groups are shown in: who first (an auditor's usual question), then what. */
export const HIT_KINDS: HitKind[] = ["Department", "Task", "Plan", "Indicator"];

/** Hits grouped by kind, each group in the API's order (best first); empty groups left out. */
export function groupHits(hits: Hit[]): { kind: HitKind; hits: Hit[] }[] {
  return HIT_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.node.__typename === kind) })).filter((g) => g.hits.length);
}

/** The snippet's «match» markers as parts, so the match can be shown marked without building HTML. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = /«([^»]*)»/g;
  let at = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > at) parts.push({ text: snippet.slice(at, m.index), match: false });
    parts.push({ text: m[1], match: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
