import { connectionLoader } from "../common/connection-loader";
import { byId, listById, type LoaderFactories, type Read } from "../common/loaders";

/** Indicator rows by id, by plan, and in filtered pages (cypher/queries/indicators). */
export const indicatorLoaders = {
  indicator: (read: Read) => byId(read, "indicators/by-id"),
  indicatorPages: (read: Read) => connectionLoader(read, "Indicator", "indicators/page"),
  planIndicators: (read: Read) => listById(read, "indicators/of-plans"),
} satisfies LoaderFactories;
