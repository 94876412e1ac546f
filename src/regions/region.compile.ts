import { expression, list, properties, single } from "../compile/fields";
import type { FieldCompilers, TypeCompilers } from "../compile/types";

export const regionTypes: TypeCompilers = { Region: { label: "Region", row: "regions/row" } };

/** Regions' fields as Cypher (cypher/fragments/regions). */
export const regionFields: FieldCompilers = {
  "Query.regions": list("regions/all"),
  ...properties("Region", ["id", "name", "level"]),
  "Region.placeholder": expression("regions/placeholder"),
  "Region.parent": single("regions/parent"),
  "Region.children": list("regions/children"),
  "Region.plans": list("regions/plans"),
};
