import { expectId } from "../common/ids";
import { list, properties, sameObject, single } from "../compile/fields";
import type { FieldCompilers, TypeCompilers } from "../compile/types";

export const planTypes: TypeCompilers = { Plan: { label: "Plan", row: "plans/row" } };

/** Plans' fields as Cypher (cypher/fragments/plans). */
export const planFields: FieldCompilers = {
  "Query.plans": list("plans/all", (a) => ({ loaded: a.loaded ?? null })),
  "Query.plan": single("plans/by-id", (a) => ({ id: expectId(a.id, "Plan") })),
  ...properties("Plan", ["id", "title", "kind", "loaded", "docNumber", "issuer", "issuedDate", "periodStart", "periodEnd"]),
  "Plan.region": single("plans/region"),
  "Plan.cites": list("plans/cites"),
  "Plan.citedBy": list("plans/cited-by"),
  "Plan.outline": list("plans/outline"),
  "Plan.source": sameObject("sourceFile"),
};
