/**
 * Which plans a loaded plan is compared with. Plans it implements and plans that
 * implement it always; besides them at most `maxPeers` peers, nearest region
 * first (same region, parent or child region, sibling regions, then the rest, by
 * id). Capping the peers is what keeps a load's lineage cost flat as the graph
 * grows to thousands of plans; groups still connect across the whole graph
 * through the links each plan makes.
 */
export interface PlanPlace {
  id: string;
  regionId: string | null;
  parentRegionId: string | null;
}

export function regionDistance(x: PlanPlace, p: PlanPlace): number {
  if (x.regionId && p.regionId === x.regionId) return 0;
  if ((x.regionId && p.parentRegionId === x.regionId) || (p.regionId && x.parentRegionId === p.regionId)) return 1;
  if (x.parentRegionId && p.parentRegionId === x.parentRegionId) return 2;
  return 3;
}

export function choosePeers(x: PlanPlace, others: PlanPlace[], related: Set<string>, maxPeers: number): string[] {
  const peers = others
    .filter((p) => p.id !== x.id && !related.has(p.id))
    .map((p) => ({ id: p.id, d: regionDistance(x, p) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, maxPeers)
    .map((p) => p.id);
  return [...[...related].filter((id) => id !== x.id).sort(), ...peers];
}
