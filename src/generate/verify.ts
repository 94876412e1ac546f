import * as fs from "fs";
import * as path from "path";
import { matchKey, titleKey } from "../common/text-keys";
import type { PlanDocument } from "../ingest/model";
import { parseDocument } from "../ingest/parse";
import type { TruthDocument } from "./truth";

/**
 * Checks a generated document against what the generator meant to print: the
 * parser reads back the same number of items of each kind and of indicator rows,
 * the title intended, and every path the truth names (its own and the
 * parent's) exists. Returns the problems found, empty when it all holds.
 */
export function verifyDocument(doc: PlanDocument, truth: TruthDocument, parent?: PlanDocument): string[] {
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${truth.file}: ${m}`);
  // A document rewritten in the other script prints its titles so: they are compared by their matching key.
  if (titleKey(doc.meta.title) !== titleKey(truth.title)) say(`title read as ${doc.meta.title}`);
  for (const [kind, n] of Object.entries(truth.expected)) {
    const got = kind === "indicators" ? doc.indicators.length : doc.tasks.filter((t) => t.kind === kind).length;
    if (got !== n) say(`${got} ${kind} read, ${n} printed`);
  }
  if (truth.parentTitle && !doc.meta.cites.some((c) => titleKey(c.title) === titleKey(truth.parentTitle!))) say(`does not cite its parent 《${truth.parentTitle}》`);
  const own = new Map(doc.tasks.map((t) => [t.path, t]));
  const upstream = new Map((parent?.tasks ?? []).map((t) => [t.path, t]));
  for (const link of truth.links) {
    const t = own.get(link.path);
    if (!t || t.kind !== link.kind) say(`no ${link.kind} at ${link.path}`);
    if (parent && upstream.get(link.upstream)?.kind !== link.kind) say(`parent has no ${link.kind} at ${link.upstream}`);
  }
  for (const want of truth.units ?? []) {
    const t = own.get(want.path);
    const read = (role: "LEAD" | "RESPONSIBLE") => (t?.units ?? []).filter((u) => u.role === role).map((u) => matchKey(u.name)).sort();
    const printed = (names: string[]) => names.map(matchKey).sort();
    if (JSON.stringify(read("LEAD")) !== JSON.stringify(printed(want.lead)) || JSON.stringify(read("RESPONSIBLE")) !== JSON.stringify(printed(want.responsible))) {
      say(`units of ${want.path} read as ${JSON.stringify([read("LEAD"), read("RESPONSIBLE")])}, printed (${truth.unitStyle}) as ${JSON.stringify([want.lead, want.responsible])}`);
    }
  }
  return problems;
}

/** Parses every document of a generated folder and verifies it; parents are parsed once and kept while needed. */
export function verifyCorpus(dir: string, documents: TruthDocument[], progress?: (done: number) => void): { problems: string[]; parsed: Map<string, PlanDocument> } {
  const parsed = new Map<string, PlanDocument>();
  const problems: string[] = [];
  const parents = new Set(documents.map((d) => d.parentFile).filter(Boolean));
  documents.forEach((truth, i) => {
    const doc = parseDocument(truth.file, fs.readFileSync(path.join(dir, truth.file)));
    problems.push(...verifyDocument(doc, truth, truth.parentFile ? parsed.get(truth.parentFile) : undefined));
    if (parents.has(truth.file)) parsed.set(truth.file, doc);
    progress?.(i + 1);
  });
  return { problems, parsed };
}
