import type { Row } from "../../db";
import { titleKey } from "../../common/text-keys";
import { matchKey } from "../../common/text-keys";
import { findBasisStatements } from "./basis";
import { CENTRAL_OPINION, KNOWN_DOCUMENTS, knownDocument } from "./known-documents";
import { CitationRow, planLinks } from "./plan-links";
import type { Step } from "../write/step";

/** Replaces the plan's plan-level IMPLEMENTS from its citations and its own text (see plan-links.ts). */
export async function planStep(run: Step, plan: { id: string; title: string; text: string }): Promise<number> {
  const citations = (await run("plan-citations", { planId: plan.id })) as unknown as CitationRow[];
  const docs = KNOWN_DOCUMENTS.map((d) => ({ key: d.key, titleKeys: [d.title, ...d.aliases].map(titleKey), docNumber: d.docNumber }));
  const known = new Map((await run("known-plans", { docs })).map((r) => [r.key as string, r.plan as Row | null]));
  const basis = findBasisStatements(plan.text, knownDocument(CENTRAL_OPINION));
  const links = planLinks(plan, citations, basis, (doc) => (known.get(doc.key) as { id: string; title: string; docNumber?: string } | null) ?? undefined);
  await run("replace-plan-implements", {
    planId: plan.id,
    links: links.map((l) => ({
      targetId: l.target.id,
      targetTitle: l.target.title,
      targetTitleKey: l.target.titleKey,
      targetDocNumber: l.target.docNumber,
      targetSearchText: matchKey(l.target.title),
      score: l.score,
      method: l.method,
      evidence: l.evidence,
      sortKey: `${plan.id}|${l.target.id}`,
    })),
  });
  await run("remove-orphan-placeholders", {});
  return links.length;
}

