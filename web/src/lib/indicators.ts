export interface IndicatorRow {
  id: string;
  name: string;
  concept: string | null;
  table: string;
  unit: string | null;
  baseline: string | null;
  baselineValue: number | null;
  baselineComparator: string | null;
  target: string | null;
  targetValue: number | null;
  targetComparator: string | null;
  attribute: string | null;
  plan: { id: string; title: string; region: { name: string } | null };
  source: { line: number };
}

export interface ComparisonBar {
  /** The axis label: the region, and the printed name where a region has more than one row. */
  label: string;
  region: string;
  row: IndicatorRow;
}

/**
 * One bar group per row, labelled by region: the rows of one concept across regions.
 * A region with several rows of the concept (职工 / 城乡居民 sub-rows, a 十三五 and a
 * 十四五 row) gets one group each, told apart by the name as printed.
 */
export function comparisonBars(rows: IndicatorRow[]): ComparisonBar[] {
  const perRegion = new Map<string, number>();
  for (const r of rows) perRegion.set(regionOf(r), (perRegion.get(regionOf(r)) ?? 0) + 1);
  return rows.map((row) => {
    const region = regionOf(row);
    const label = (perRegion.get(region) ?? 0) > 1 ? `${region}\n${row.name}${row.table === "COMPLETION" ? "（十三五）" : ""}` : region;
    return { label, region, row };
  });
}

export function regionOf(row: IndicatorRow): string {
  return row.plan.region?.name ?? row.plan.title;
}

export interface Concept {
  concept: string;
  names: string[];
  regions: string[];
}

/** The concepts that more than one row shares, most regions first: what is worth comparing. */
export function concepts(rows: IndicatorRow[]): Concept[] {
  const by = new Map<string, Concept>();
  for (const r of rows) {
    if (!r.concept) continue;
    const c = by.get(r.concept) ?? { concept: r.concept, names: [], regions: [] };
    if (!c.names.includes(r.name)) c.names.push(r.name);
    if (!c.regions.includes(regionOf(r))) c.regions.push(regionOf(r));
    by.set(r.concept, c);
  }
  return [...by.values()].sort((a, b) => b.regions.length - a.regions.length || a.concept.localeCompare(b.concept, "zh"));
}
