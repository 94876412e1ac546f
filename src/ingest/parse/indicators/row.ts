import type { IndicatorAttribute, IndicatorRow, IndicatorTableKind, SourceSpan, Warning } from "../../model";
import { isEmptyCell, matchKey } from "../../../common/text-keys";
import { parseIndicatorValue, UNIT } from "./value";

/** A row as a table reader found it: printed texts, not yet interpreted. */
export interface RowDraft {
  /** Printed pieces of the name: one cell, or a name wrapped over several cells. */
  nameParts: string[];
  /** Sub-row label (`职工`, `城乡居民`, `总收入(亿元)`) that qualifies the name. */
  qualifier?: string;
  category?: string;
  unit?: string;
  baseline?: string;
  target?: string;
  attribute?: string;
  notes: string[];
  /** Footnote markers found in the row's cells, e.g. `①`. */
  markers: string[];
  source: SourceSpan;
}

/** A row number as printed, half- or full-width (`4. `, `４．`). */
const NUMBERING = /^\s*[\d０-９]{1,2}\s*[.、．](?![\d０-９])\s*/;
/** A unit printed in brackets at the end of a name or label: `基本医疗保险参保率(%)`. */
const UNIT_SUFFIX = /\s*[(（]\s*([^()（）]{1,6}?)\s*[)）]\s*$/;

/** Takes a trailing `(unit)` off a printed name; the unit keeps its printed form. */
export function splitUnit(printed: string): { text: string; unit?: string } {
  const m = UNIT_SUFFIX.exec(printed);
  if (!m || !UNIT.test(matchKey(m[1]))) return { text: printed };
  return { text: printed.slice(0, m.index).trim(), unit: m[1] };
}

function attributeOf(printed: string | undefined): IndicatorAttribute | undefined {
  const key = matchKey(printed ?? "");
  if (/约束/.test(key)) return "BINDING";
  if (/预期/.test(key)) return "EXPECTED";
  return undefined;
}

function valueOrUndefined(printed: string | undefined): string | undefined {
  return printed === undefined || isEmptyCell(printed) ? undefined : printed.trim();
}

/**
 * Interprets a draft. The name loses its list number (`4. `) and a trailing unit in
 * brackets, which becomes `unit` when the table has no unit column of its own; a
 * sub-row is named `<parent>(<label>)`, e.g. `基本医保政策范围内住院报销比例(职工)`.
 */
export function finishRow(draft: RowDraft, table: IndicatorTableKind, seq: number, warnings: Warning[]): IndicatorRow {
  const name = splitUnit(draft.nameParts.join("").replace(NUMBERING, "").trim());
  const label = draft.qualifier !== undefined ? splitUnit(draft.qualifier) : undefined;
  const baseline = valueOrUndefined(draft.baseline);
  const target = valueOrUndefined(draft.target);
  const b = baseline !== undefined ? parseIndicatorValue(baseline) : {};
  const t = target !== undefined ? parseIndicatorValue(target) : {};
  const attribute = attributeOf(draft.attribute);
  const line = draft.source.line;
  if (draft.attribute && !attribute) warnings.push({ line, message: `attribute "${draft.attribute}" is neither 约束性 nor 预期性` });
  if ((t.comparator === "LT" || t.comparator === "LTE") && b.value !== undefined && t.value! > b.value) {
    warnings.push({
      line,
      message: `target "${target}" is an upper bound above the baseline "${baseline}": check the printed comparator`,
    });
  }
  const row: IndicatorRow = {
    table,
    seq,
    name: label ? `${name.text}(${label.text})` : name.text,
    notes: draft.notes,
    source: draft.source,
  };
  const unit = draft.unit ?? label?.unit ?? name.unit;
  if (draft.category) row.category = draft.category;
  if (unit) row.unit = unit;
  if (baseline !== undefined) row.baseline = baseline;
  if (target !== undefined) row.target = target;
  if (b.value !== undefined) row.baselineValue = b.value;
  if (b.comparator) row.baselineComparator = b.comparator;
  if (t.value !== undefined) row.targetValue = t.value;
  if (t.comparator) row.targetComparator = t.comparator;
  if (attribute) row.attribute = attribute;
  return row;
}
