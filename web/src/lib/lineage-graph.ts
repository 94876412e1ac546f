export interface GraphTask {
  id: string;
  title: string;
  plan: { id: string; title: string; region: { name: string } | null };
}

export interface GraphLink {
  relation: string;
  score: number;
  from: { id: string };
  to: GraphTask;
}

export interface GraphNode {
  id: string;
  name: string;
  region: string;
  title: string;
  /** The task the page is about. */
  focus: boolean;
  /** In the lineage group (the same task across plans), or only linked to the focus task. */
  inGroup: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  relation: string;
  score: number;
}

/**
 * The picture of a task's lineage: the tasks of its group (one per plan) and the tasks
 * its own links reach, with every link among them once (a SAME_TASK_AS pair is listed
 * from both ends; the higher score is kept, which is the same link's).
 */
export function lineageGraph(focus: GraphTask, groupTasks: (GraphTask & { lineage: GraphLink[] })[], ownLinks: GraphLink[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const add = (t: GraphTask, inGroup: boolean) => {
    const old = nodes.get(t.id);
    if (old) return void (old.inGroup ||= inGroup);
    const region = t.plan.region?.name ?? t.plan.title;
    nodes.set(t.id, { id: t.id, name: `${region}：${short(t.title)}`, region, title: t.title, focus: t.id === focus.id, inGroup });
  };
  add(focus, groupTasks.some((t) => t.id === focus.id));
  // A group may hold several tasks of one plan: side by side on the ring, one colour together.
  const byPlan = [...groupTasks].sort((a, b) => (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0));
  for (const t of byPlan) add(t, true);
  for (const l of ownLinks) add(l.to, false);
  const edges = new Map<string, GraphEdge>();
  const link = (from: string, l: GraphLink) => {
    if (!nodes.has(l.to.id) || from === l.to.id) return;
    const key = [from, l.to.id].sort().join("|") + `|${l.relation}`;
    const old = edges.get(key);
    if (!old || old.score < l.score) edges.set(key, { source: from, target: l.to.id, relation: l.relation, score: l.score });
  };
  for (const l of ownLinks) link(focus.id, l);
  for (const t of groupTasks) for (const l of t.lineage) link(t.id, l);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * Fixed positions, so the picture is the same at every visit (no force simulation): the
 * task in the middle, its group's tasks on a ring around it, tasks only its own links reach
 * on a wider ring, each ring in the order given (plan order).
 */
export function ringPositions(nodes: GraphNode[]): Map<string, { x: number; y: number }> {
  const at = new Map<string, { x: number; y: number }>();
  const inner = nodes.filter((n) => !n.focus && n.inGroup);
  const outer = nodes.filter((n) => !n.focus && !n.inGroup);
  for (const n of nodes) if (n.focus) at.set(n.id, { x: 0, y: 0 });
  const ring = (list: GraphNode[], r: number, turn: number) =>
    list.forEach((n, i) => {
      const a = -Math.PI / 2 + turn + (2 * Math.PI * i) / list.length;
      at.set(n.id, { x: Math.round(r * Math.cos(a) * 1000) / 1000, y: Math.round(r * Math.sin(a) * 1000) / 1000 });
    });
  ring(inner, 1, 0);
  ring(outer, inner.length ? 1.6 : 1, inner.length ? Math.PI / Math.max(2, outer.length) : 0);
  return at;
}

function short(title: string): string {
  return title.length > 12 ? `${title.slice(0, 11)}…` : title;
}
