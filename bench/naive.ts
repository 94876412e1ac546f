import type { Row } from "../src/db";
import type { Read } from "../src/common/loaders";

/**
 * The naive resolver path, for comparison only: the same resolvers, loaders and
 * Cypher files, but every batch a loader would send is split into one query per
 * parent key (the `ids` or `keys` parameter), sent concurrently as graphql-js would
 * resolve sibling fields. That is what resolvers without DataLoader cost.
 */
export function naiveRead(read: Read): Read {
  return async (name: string, params: Row = {}) => {
    const field = Array.isArray(params.ids) ? "ids" : Array.isArray(params.keys) ? "keys" : undefined;
    const keys = field ? (params[field] as unknown[]) : [];
    if (!field || keys.length <= 1) return read(name, params);
    const parts = await Promise.all(keys.map((k) => read(name, { ...params, [field]: [k] })));
    return parts.flat();
  };
}
