import { expectId } from "../common/ids";
import { list, properties, sameObject, single, via } from "../compile/fields";
import { KNOWN_DOCUMENT_KEYS } from "../lineage/plans/known-documents";
import { citationRoles, DEFAULT_CITES_ROLES } from "./plan-reference.type";
import type { FieldCompilers, TypeCompilers } from "../compile/types";

export const planTypes: TypeCompilers = { Plan: { label: "Plan", row: "plans/row" } };

/** Plans' fields as Cypher (cypher/fragments/plans). */
export const planFields: FieldCompilers = {
  "Query.plans": list("plans/all", (a) => ({ loaded: a.loaded ?? null })),
  "Query.plan": single("plans/by-id", (a) => ({ id: expectId(a.id, "Plan") })),
  ...properties("Plan", ["id", "title", "kind", "loaded", "docNumber", "issuer", "issuedDate", "periodStart", "periodEnd"]),
  "Plan.region": single("plans/region"),
  "Plan.cites": list("plans/cites", (a) => ({ roles: citationRoles(a.role, DEFAULT_CITES_ROLES) })),
  // A reference is the CITES relationship's properties with `plan`, the node it resolves to (cypher/fragments/plans/references.cypher).
  "Plan.references": list("plans/references", (a) => ({ roles: citationRoles(a.role), known: KNOWN_DOCUMENT_KEYS })),
  ...properties("PlanReference", ["role", "title", "docNumber"]),
  "PlanReference.plan": via((r) => `${r}.plan`),
  "PlanReference.source": sameObject("sourceFile"),
  "Plan.citedBy": list("plans/cited-by"),
  "Plan.outline": list("plans/outline"),
  "Plan.source": sameObject("sourceFile"),
};
