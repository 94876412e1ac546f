import { connectionLoader } from "../../common/connection-loader";
import { byId, listById, type LoaderFactories, type Read } from "../../common/loaders";

/** Task and plan lineage links, groups and their members (cypher/queries/lineage). */
export const lineageLoaders = {
  taskLineage: (read: Read) => listById(read, "lineage/task-links"),
  taskUpstream: (read: Read) => listById(read, "lineage/task-upstream"),
  taskGroup: (read: Read) => byId(read, "lineage/task-group"),
  lineageGroup: (read: Read) => byId(read, "lineage/group-by-id"),
  lineageGroupTasks: (read: Read) => listById(read, "lineage/group-tasks"),
  lineageGroupPlans: (read: Read) => listById(read, "lineage/group-plans"),
  lineageGroupPages: (read: Read) => connectionLoader(read, "LineageGroup", "lineage/groups-page", "lineage/groups-count"),
  lineageLinkPages: (read: Read) => connectionLoader(read, "LineageLink", "lineage/links-page", "lineage/links-count"),
  planImplements: (read: Read) => listById(read, "lineage/plan-implements"),
  planImplementedBy: (read: Read) => listById(read, "lineage/plan-implemented-by"),
} satisfies LoaderFactories;
