import { BadUserInputError } from "../errors";
import type { ExportDefinition } from "./definitions";

/**
 * Export cursors are opaque to clients: base64url of `["<export>", ...key]`, where
 * key is the keyset key of the last row sent. Naming the export lets a cursor of
 * one export be refused by another instead of silently seeking to a wrong place.
 */
export function encodeExportCursor(def: ExportDefinition, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([def.name, ...key]), "utf8").toString("base64url");
}

/** The cursor key of `after`, or null when absent; a foreign or malformed cursor is a 400 naming it. */
export function decodeExportCursor(def: ExportDefinition, after: string | undefined): string[] | null {
  if (after === undefined) return null;
  const refuse = () =>
    new BadUserInputError(
      `after=${JSON.stringify(after.slice(0, 60))} is not a cursor of the ${def.name} export: pass the x-next-cursor header of a previous page`,
      "after",
    );
  if (after.length === 0 || after.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(after)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== def.keyParts + 1 ||
    parsed[0] !== def.name ||
    !parsed.every((p) => typeof p === "string")
  ) {
    throw refuse();
  }
  return parsed.slice(1) as string[];
}
