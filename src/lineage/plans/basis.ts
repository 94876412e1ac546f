import { toSimplified } from "../../common/text-keys";
import { titleKey } from "../../common/text-keys";
import type { KnownDocument } from "./known-documents";

/**
 * The implicit-basis rule. Some plans implement the central opinion without
 * citing it as their basis: 清远 says it 深入贯彻落实党中央、国务院深化医疗保障制度改革的
 * 决策部署 in its guiding ideology; 长春 says 全面贯彻落实国家、省、市关于深化医疗保障制度
 * 改革的决策部署. Those decisions are the opinion 中发〔2020〕5号. A plan whose text
 * makes such a statement IMPLEMENTS the document with method `structure`, and the
 * statements (line and sentence) are the evidence; a mere mention of the title
 * elsewhere (国家先后印发《关于深化医疗保障制度改革的意见》…) is added as supporting
 * evidence but is not enough on its own.
 */
export interface BasisStatement {
  line: number;
  sentence: string;
  kind: "statement" | "mention";
}

const MAX_SENTENCE = 160;

export function findBasisStatements(text: string, doc: KnownDocument): BasisStatement[] {
  const titles = new Set([doc.title, ...doc.aliases].map(titleKey));
  const out: BasisStatement[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = toSimplified(raw);
    for (const sentence of line.split(/(?<=[。;；])/)) {
      const s = sentence.trim();
      if (!s) continue;
      if (doc.basis?.test(s)) out.push({ line: i + 1, sentence: clip(s, doc.basis), kind: "statement" });
      else if ([...s.matchAll(/《([^《》]+)》/g)].some((m) => titles.has(titleKey(m[1])))) out.push({ line: i + 1, sentence: clip(s, /《/), kind: "mention" });
    }
  });
  return out;
}

/** A long sentence is cut around the words that matched, so the evidence stays readable. */
function clip(sentence: string, around: RegExp | undefined): string {
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const at = Math.max(0, (around?.exec(sentence)?.index ?? 0) - 40);
  return `${at > 0 ? "…" : ""}${sentence.slice(at, at + MAX_SENTENCE)}…`;
}

/** A plan of the medical-insurance family: the rule applies to these only. */
export function isMedicalInsurancePlan(title: string): boolean {
  return /医疗保障|医保/.test(toSimplified(title));
}
