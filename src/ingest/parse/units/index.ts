export { findActing, type ActingName } from "./acting";
export { findUnitClauses, FIRST_LISTED_NOTE, type AssignedUnit, type ClauseOptions, type Convention, type UnitClause } from "./clauses";
export { isOrgName, splitUnitNames, type UnitName } from "./names";
export { LABELS, VERBS, type Role } from "./roles";
export { findStatedAssignments } from "./sentences";
