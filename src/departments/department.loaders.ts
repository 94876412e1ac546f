import { connectionLoader } from "../common/connection-loader";
import { byId, listById, type LoaderFactories, type Read } from "../common/loaders";

/** Departments by id, in filtered pages, by region, their tasks by role and their A(B) ties (cypher/queries/departments). */
export const departmentLoaders = {
  department: (read: Read) => byId(read, "departments/by-id"),
  departmentPages: (read: Read) => connectionLoader(read, "Department", "departments/page"),
  departmentTasks: (read: Read) => connectionLoader(read, "Task", "departments/tasks-page"),
  departmentActsAs: (read: Read) => listById(read, "departments/acts-as"),
  departmentActedAsBy: (read: Read) => listById(read, "departments/acted-as-by"),
  regionDepartments: (read: Read) => listById(read, "departments/of-regions"),
} satisfies LoaderFactories;
