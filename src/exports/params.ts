import { BadUserInputError } from "../errors";
import { decodeExportCursor } from "./cursor";
import type { ExportDefinition } from "./definitions";
import { DOSSIER_PARAMS, DossierFilter, parseDossierFilter } from "./dossier";

export const FORMATS = ["ndjson", "csv", "csv-excel"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportRequest {
  format: ExportFormat;
  /** A UTF-8 byte-order mark first, so spreadsheet programs read the CSV as UTF-8. */
  bom: boolean;
  /** Paged: at most this many rows and a next cursor. Null: every row after `after`, streamed. */
  first: number | null;
  after: string[] | null;
  /** One department's rows only (exports with a `departmentQuery`); null: every row. */
  department: DossierFilter | null;
}

type Query = Record<string, unknown>;

/**
 * Validates the query string of an export request. Every refusal names the bad value
 * and what would be right; unknown parameters are refused too, so a typo such as
 * `?fromat=csv` does not silently fall back to the default.
 */
export function parseExportQuery(def: ExportDefinition, query: Query, maxFirst: number): ExportRequest {
  rejectUnknown(query, ["format", "bom", "first", "after", ...(def.departmentQuery ? DOSSIER_PARAMS : [])]);
  const format = single(query, "format") ?? "ndjson";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new BadUserInputError(`format=${JSON.stringify(format)} is not an export format: use ${FORMATS.join(", ")}`, "format");
  }
  const bomParam = single(query, "bom");
  let bom = format === "csv-excel";
  if (bomParam !== undefined) {
    if (!/^(1|0|true|false)$/.test(bomParam)) throw new BadUserInputError(`bom=${JSON.stringify(bomParam)} must be 1 or 0`, "bom");
    bom = bomParam === "1" || bomParam === "true";
    if (bom && format === "ndjson") throw new BadUserInputError("bom=1 applies to CSV only: a byte-order mark would make the first NDJSON line invalid JSON", "bom");
  }
  const firstParam = single(query, "first");
  let first: number | null = null;
  if (firstParam !== undefined) {
    first = /^\d{1,9}$/.test(firstParam) ? Number(firstParam) : NaN;
    if (!(first >= 1 && first <= maxFirst)) {
      throw new BadUserInputError(
        `first=${JSON.stringify(firstParam)} must be an integer from 1 to ${maxFirst}; leave it out to export every row`,
        "first",
      );
    }
  }
  return {
    format: format as ExportFormat,
    bom,
    first,
    after: decodeExportCursor(def, single(query, "after")),
    department: def.departmentQuery ? parseDossierFilter(query) : null,
  };
}

export function rejectUnknown(query: Query, allowed: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!allowed.includes(name)) {
      const expected = allowed.length ? `expected ${allowed.join(", ")}` : "this endpoint takes none";
      throw new BadUserInputError(`unknown parameter ${JSON.stringify(name)}: ${expected}`, name);
    }
  }
}

/** A parameter given once, or undefined; given twice is ambiguous and refused. */
function single(query: Query, name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string") throw new BadUserInputError(`${name} is given more than once; give it once`, name);
  return v;
}
