import { byId, type LoaderFactories, type Read } from "../common/loaders";

/** The document each plan was read from (cypher/queries/documents). */
export const documentLoaders = {
  planDocument: (read: Read) => byId(read, "documents/of-plans"),
} satisfies LoaderFactories;
