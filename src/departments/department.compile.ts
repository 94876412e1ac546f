import { expectId } from "../common/ids";
import { connection } from "../compile/connection";
import { list, properties, single } from "../compile/fields";
import type { FieldCompilers, TypeCompilers } from "../compile/types";
import { departmentFilterParams } from "./department.filter";

export const departmentTypes: TypeCompilers = { Department: { label: "Department", row: "departments/row" } };

/** Departments' fields and pages as Cypher (cypher/fragments/departments). */
export const departmentFields: FieldCompilers = {
  "Query.department": single("departments/by-id", (a) => ({ id: expectId(a.id, "Department") })),
  "Query.departments": connection({
    type: "Department",
    ways: [
      { when: "name", fragment: "departments/ways/name" },
      { when: "type", fragment: "departments/ways/type" },
      { when: "regionId", fragment: "departments/ways/region" },
      { fragment: "departments/ways/all" },
    ],
    filters: { type: "departments/filter/type", name: "departments/filter/name", regionId: "departments/filter/region-id" },
    params: (a) => departmentFilterParams(a.filter),
  }),
  "Region.departments": list("departments/of-region"),
  ...properties("Department", ["id", "name", "aliases", "type", "collective"]),
  "Department.region": single("departments/region"),
  "Department.actsAs": list("departments/acts-as"),
  "Department.actedAsBy": list("departments/acted-as-by"),
  "Department.leads": connection({ type: "Task", matching: "departments/leads" }),
  "Department.responsibleFor": connection({ type: "Task", matching: "departments/responsible-for" }),
  "Department.namedAsActing": connection({ type: "Task", matching: "departments/named-as-acting" }),
};
