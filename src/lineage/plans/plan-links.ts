import { citedPlanId } from "../../ingest/graph-model";
import { titleKey } from "../../common/text-keys";
import { BasisStatement, isMedicalInsurancePlan } from "./basis";
import { CENTRAL_OPINION, findKnownDocument, KnownDocument, knownDocument } from "./known-documents";

/**
 * Plan → plan IMPLEMENTS, decided from what the plan prints:
 * - `citation` (score 1): every document the plan names as its basis (依据/贯彻落实/按照《…》),
 *   resolved through KNOWN_DOCUMENTS so a short title, a full title and a 文号 land on one node;
 * - `structure` (score STRUCTURE_SCORE): the central opinion 中发〔2020〕5号, for a 医疗保障 plan
 *   that does not cite it but states it carries out its reform (basis.ts), with the
 *   statements as evidence.
 */
export const STRUCTURE_SCORE = 0.8;

export interface CitationRow {
  /** The plan node the loader linked the citation to (a loaded plan or a placeholder). */
  targetId: string;
  title: string;
  docNumber?: string | null;
  sourceLine?: number | null;
  sourceText?: string | null;
}

/** The node a link points to; created as a placeholder (loaded: false) when the graph has none. */
export interface PlanTarget {
  id: string;
  title: string;
  titleKey: string;
  docNumber: string | null;
}

export interface PlanLink {
  fromId: string;
  target: PlanTarget;
  method: "citation" | "structure";
  score: number;
  evidence: string[];
}

/** Finds the plan node (loaded or placeholder) of a known document, if the graph holds one. */
export type KnownLookup = (doc: KnownDocument) => { id: string; title: string; docNumber?: string | null } | undefined;

export function planLinks(plan: { id: string; title: string }, citations: CitationRow[], basis: BasisStatement[], lookup: KnownLookup): PlanLink[] {
  const links = new Map<string, PlanLink>();
  const knownTarget = (doc: KnownDocument): PlanTarget => {
    const found = lookup(doc);
    return found
      ? { id: found.id, title: found.title, titleKey: titleKey(found.title), docNumber: found.docNumber ?? doc.docNumber }
      : { id: citedPlanId(doc.title), title: doc.title, titleKey: titleKey(doc.title), docNumber: doc.docNumber };
  };
  const citedKnown = new Set<string>();
  for (const c of citations) {
    const known = findKnownDocument(c.title, c.docNumber);
    if (known) citedKnown.add(known.key);
    const target = known ? knownTarget(known) : { id: c.targetId, title: c.title, titleKey: titleKey(c.title), docNumber: c.docNumber ?? null };
    if (target.id === plan.id) continue;
    const line = c.sourceLine ? `, line ${c.sourceLine}` : "";
    const evidence = `citation${line}: 《${c.title}》${c.docNumber ? `(${c.docNumber})` : ""} named as a basis`;
    const existing = links.get(target.id);
    if (existing) existing.evidence.push(evidence);
    else links.set(target.id, { fromId: plan.id, target, method: "citation", score: 1, evidence: [evidence] });
  }
  const statements = basis.filter((b) => b.kind === "statement");
  if (!citedKnown.has(CENTRAL_OPINION) && statements.length && isMedicalInsurancePlan(plan.title)) {
    const doc = knownDocument(CENTRAL_OPINION);
    const target = knownTarget(doc);
    if (!links.has(target.id) && target.id !== plan.id) {
      links.set(target.id, {
        fromId: plan.id,
        target,
        method: "structure",
        score: STRUCTURE_SCORE,
        evidence: [
          `rule: a 医疗保障 plan that states it carries out the 深化医疗保障制度改革 decisions implements ${doc.docNumber}, though it does not cite it as its basis`,
          ...basis.slice(0, 4).map((b) => `${b.kind}, line ${b.line}: ${b.sentence}`),
        ],
      });
    }
  }
  return [...links.values()];
}
