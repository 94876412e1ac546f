import { expectId } from "../../common/ids";
import { connection } from "../../compile/connection";
import { collect, list, properties, single, via } from "../../compile/fields";
import type { FieldCompilers, Site, TypeCompilers } from "../../compile/types";
import { checkMinScore, lineageGroupFilterParams, upstreamDepth } from "./lineage.filter";
import { viewLink } from "./link-view";
import type { Row } from "../../db";

export const lineageTypes: TypeCompilers = { LineageGroup: {} };

const views = (rows: Row[]) => rows.map(viewLink);

/** The first row of each link (`@link`): rows come nearest first, so each hop at its smallest depth. */
function firstOfEach(rows: Row[]): Row[] {
  const seen = new Set<unknown>();
  return rows.filter((r) => !seen.has(r["@link"]) && !!seen.add(r["@link"]));
}

/**
 * A task link as its loader returns it (the relationship's properties, `relation`,
 * `outgoing`, `from`, `other`), with `from` and `other` shaped by what the client selected
 * under `from` and `to`; `viewLink` then makes the LineageLink in Node, as the resolver does
 * (its evidence lines are formatted text).
 */
function linkRow(s: Site, link: string, from: string, to: string, extra: string): string {
  const [f, t] = [s.fresh(), s.fresh()];
  return `[${f} IN [${from}] | [${t} IN [${to}] | ${link} {.*, ${extra}, from: ${s.selectMerged("from", f)}, other: ${s.selectMerged("to", t)}}][0]][0]`;
}

/** Lineage fields as Cypher (cypher/fragments/lineage). */
export const lineageFields: FieldCompilers = {
  "Task.lineage": {
    params: (a) => ({ relation: a.relation ?? null, minScore: checkMinScore(a.minScore) }),
    compile: (s) =>
      collect(s, "lineage/task-links", "shapes/list", (m) =>
        linkRow(s, m.out!, s.parent, m.names.get("other")!, `relation: type(${m.out}), outgoing: startNode(${m.out}) = ${s.parent}`),
      ),
    finish: views,
  },
  "Task.upstream": {
    params: (a) => ({ depth: upstreamDepth(a.depth) }),
    compile: (s) =>
      collect(s, "lineage/task-upstream", "shapes/list", (m) =>
        linkRow(s, m.out!, `startNode(${m.out})`, `endNode(${m.out})`, `relation: 'IMPLEMENTS', outgoing: true, depth: ${m.names.get("depth")}, \`@link\`: elementId(${m.out})`),
      ),
    finish: (rows: Row[]) => views(firstOfEach(rows)),
  },
  "Task.group": single("lineage/task-group"),
  "Query.lineageGroup": single("lineage/group-by-id", (a) => ({ id: expectId(a.id, "LineageGroup") })),
  "Query.lineageGroups": connection({ type: "LineageGroup", matching: "lineage/groups", params: (a) => lineageGroupFilterParams(a.filter) }),
  ...properties("LineageGroup", ["id", "label", "size", "planCount"]),
  "LineageGroup.tasks": list("lineage/group-tasks"),
  "LineageGroup.plans": list("lineage/group-plans"),
  // A plan link is `{from, to, link}` (cypher/fragments/lineage/plan-implements.cypher).
  "Plan.implements": list("lineage/plan-implements"),
  "Plan.implementedBy": list("lineage/plan-implemented-by"),
  "PlanLineageLink.from": via((l) => `${l}.from`),
  "PlanLineageLink.to": via((l) => `${l}.to`),
  "PlanLineageLink.score": { compile: (s) => `${s.parent}.link.score` },
  "PlanLineageLink.method": { compile: (s) => `${s.parent}.link.method` },
  "PlanLineageLink.evidence": { compile: (s) => `coalesce(${s.parent}.link.evidence, [])` },
};
