import { connection } from "../compile/connection";
import { expression, list, properties, sameObject, single } from "../compile/fields";
import type { FieldCompilers, TypeCompilers } from "../compile/types";
import { indicatorFilterParams } from "./indicator.filter";

export const indicatorTypes: TypeCompilers = { Indicator: { label: "Indicator", row: "indicators/row" } };

/** Indicator rows' fields and pages as Cypher (cypher/fragments/indicators). */
export const indicatorFields: FieldCompilers = {
  "Query.indicators": connection({
    type: "Indicator",
    ways: [
      { when: "planId", fragment: "indicators/ways/plan" },
      { when: "concept", fragment: "indicators/ways/concept" },
      { when: "regionId", fragment: "indicators/ways/region" },
      { fragment: "indicators/ways/all" },
    ],
    filters: {
      planId: "indicators/filter/plan-id",
      concept: "indicators/filter/concept",
      attribute: "indicators/filter/attribute",
      table: "indicators/filter/table",
      regionId: "indicators/filter/region-id",
    },
    params: (a) => indicatorFilterParams(a.filter),
  }),
  "Plan.indicators": list("indicators/of-plan"),
  ...properties("Indicator", [
    "id",
    "name",
    "concept",
    "category",
    "unit",
    "baseline",
    "target",
    "baselineValue",
    "baselineComparator",
    "targetValue",
    "targetComparator",
    "attribute",
    "notes",
  ]),
  "Indicator.table": expression("indicators/table"),
  "Indicator.plan": single("indicators/plan"),
  "Indicator.source": sameObject(),
};
