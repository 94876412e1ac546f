import { byId, listById, rowsById, type LoaderFactories, type Read } from "../common/loaders";
import { KNOWN_DOCUMENT_KEYS } from "../lineage/plans/known-documents";

/** Plans by id and the plans they cite or are cited by (cypher/queries/plans). */
export const planLoaders = {
  plan: (read: Read) => byId(read, "plans/by-id"),
  /** Each plan's cited documents with the role of their first reference in each role (`{node, role}`): Plan.cites filters. */
  planCites: (read: Read) => rowsById(read, "plans/cites"),
  /** Each plan's 《…》 references, each with the plan it resolves to. */
  planReferences: (read: Read) => listById(read, "plans/references", { known: KNOWN_DOCUMENT_KEYS }),
  planCitedBy: (read: Read) => listById(read, "plans/cited-by"),
  /** The text of the document each plan was read from, for Plan.sourceLines. */
  planText: (read: Read) => byId(read, "plans/document-text"),
} satisfies LoaderFactories;
