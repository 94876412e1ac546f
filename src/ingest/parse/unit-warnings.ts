import { canonicalDepartment, type CanonicalDepartment } from "../departments/canonical";
import type { RegionRef, TaskNode, Warning } from "../model";

/**
 * A warning for every unit the department table cannot place: a printed prefix that
 * names a region above the plan that the region table does not know (省局 in the
 * plan of a county without a known parent), or a unit clause naming a body of no
 * known kind (neither a body of the table nor a collective, its type 其他). The
 * document still loads, with the body as printed; the warning says which table
 * would resolve it.
 */
export function unitWarnings(region: RegionRef, tasks: TaskNode[]): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const t of tasks) {
    for (const m of [...t.units, ...t.acting]) {
      const key = `${m.source.line}|${m.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const canonical = canonicalDepartment(m.name, region);
      if ("role" in m && canonical.type === "其他" && !canonical.collective) {
        warnings.push({
          line: m.source.line,
          message: `unit ${m.name} names no body the department table knows: loaded as ${canonical.name} (type 其他); add its body to src/ingest/departments/abbreviations.ts`,
        });
      }
      for (const d of bodiesOf(canonical)) {
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
