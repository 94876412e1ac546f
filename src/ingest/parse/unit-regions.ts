import { canonicalDepartment, type CanonicalDepartment } from "../departments/canonical";
import type { RegionRef, TaskNode, Warning } from "../model";

/**
 * A warning for every unit or acting department whose printed prefix names a region
 * above the plan that the region table does not know (省局 in the plan of a county
 * without a known parent). The document still loads, with the body under a
 * placeholder region; the warning says which row of regions.ts would resolve it.
 */
export function placeholderUnitWarnings(region: RegionRef, tasks: TaskNode[]): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const t of tasks) {
    for (const m of [...t.units, ...t.acting]) {
      const key = `${m.source.line}|${m.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const d of bodiesOf(canonicalDepartment(m.name, region))) {
        if (!d.region.placeholder) continue;
        warnings.push({
          line: m.source.line,
          message:
            `department ${m.name}: the plan's region ${region.name} has no known parent of level ${d.region.level} ` +
            `(add it to src/ingest/parse/regions.ts); loaded as ${d.name} of the placeholder region ${d.region.name}`,
        });
      }
    }
  }
  return warnings;
}

function bodiesOf(d: CanonicalDepartment): CanonicalDepartment[] {
  return d.alsoActsAs ? [d, d.alsoActsAs] : [d];
}
