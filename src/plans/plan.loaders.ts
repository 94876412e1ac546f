import { byId, listById, type LoaderFactories, type Read } from "../common/loaders";

/** Plans by id and the plans they cite or are cited by (cypher/queries/plans). */
export const planLoaders = {
  plan: (read: Read) => byId(read, "plans/by-id"),
  planCites: (read: Read) => listById(read, "plans/cites"),
  planCitedBy: (read: Read) => listById(read, "plans/cited-by"),
  /** The text of the document each plan was read from, for Plan.sourceLines. */
  planText: (read: Read) => byId(read, "plans/document-text"),
} satisfies LoaderFactories;
