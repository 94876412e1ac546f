import { byId, listById, type LoaderFactories, type Read } from "../common/loaders";

/** Regions by id, the regions inside each, and the plans issued for each (cypher/queries/regions). */
export const regionLoaders = {
  region: (read: Read) => byId(read, "regions/by-id"),
  regionChildren: (read: Read) => listById(read, "regions/children"),
  regionPlans: (read: Read) => listById(read, "regions/plans"),
} satisfies LoaderFactories;
