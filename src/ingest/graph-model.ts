import * as path from "path";
import { canonicalDepartment, type CanonicalDepartment } from "./departments/canonical";
import type { Row } from "../db";
import type { PlanDocument, RegionRef, SourceSpan, TaskNode } from "./model";
import { docNumberKey, matchKey, titleKey } from "../common/text-keys";
import { indicatorConcept } from "./parse/indicators";

/**
 * The rows one document contributes to the graph, ready for `UNWIND … MERGE`.
 * Pure: ids are derived from the document's file name and each item's place in it,
 * so re-loading the same document yields the same ids.
 */
export interface GraphBatch {
  planId: string;
  plan: Row;
  regions: Row[];
  citations: Row[];
  tasks: Row[];
  departments: Row[];
  unitEdges: Row[];
  actingEdges: Row[];
  /** Department -[ACTS_AS]-> Department: a body printed as `A(B)` also acts as B (区市场监管局(区药监局)); one per pair and plan. */
  actsAsEdges: Row[];
  indicators: Row[];
  /** The document as it was read: its extracted text (every source span points into it), format and encoding. */
  document: Row;
}

export const regionId = (name: string) => `Region:${name}`;
export const planIdOf = (file: string) => `Plan:${path.basename(file).replace(/\.[^.]+$/, "")}`;
export const citedPlanId = (title: string) => `Plan:cited:${matchKey(title)}`;
export const departmentId = (regionName: string, name: string) => `Department:${regionName}:${name}`;

/** Keyset pagination order: a plan's items in document order, plans by id. */
const sortKey = (planId: string, seq: number) => `${planId}|${String(seq).padStart(6, "0")}`;

/** Flat provenance properties (Neo4j properties cannot be maps). */
export function sourceProps(s: SourceSpan): Row {
  return {
    sourceFile: s.file,
    sourceLine: s.line,
    sourceEndLine: s.endLine,
    sourceStartOffset: s.startOffset,
    sourceEndOffset: s.endOffset,
    sourceText: s.text,
    // Only a PDF has pages; a null property is not stored.
    sourcePage: s.page ?? null,
  };
}


/**
 * `planId` is the file's own id unless the loader found the same document loaded
 * under another file (the .txt of a plan now loaded from its web page): then the
 * plan keeps the id it has, and its items theirs.
 */
export function buildGraphBatch(doc: PlanDocument, planId = planIdOf(doc.file)): GraphBatch {
  const stem = planId.slice("Plan:".length);
  const m = doc.meta;
  const regions = regionChain(m.region);
  const plan: Row = {
    id: planId,
    title: m.title,
    titleKey: titleKey(m.title),
    kind: m.kind,
    loaded: true,
    docNumber: m.docNumber ?? null,
    docNumberKey: m.docNumber ? docNumberKey(m.docNumber) : null,
    issuer: m.issuer ?? null,
    issuedDate: m.issuedDate ?? null,
    periodStart: m.periodStart ?? null,
    periodEnd: m.periodEnd ?? null,
    file: doc.file,
    contentHash: doc.contentHash,
    regionId: regionId(m.region.name),
    searchText: matchKey(m.title),
    ...sourceProps(m.source),
  };
  const citations = m.cites.map((c, i) => ({
    seq: i + 1,
    id: citedPlanId(c.title),
    title: c.title,
    titleKey: titleKey(c.title),
    docNumber: c.docNumber ?? null,
    docNumberKey: c.docNumber ? docNumberKey(c.docNumber) : null,
    role: c.role,
    searchText: matchKey(c.title),
    ...sourceProps(c.source),
  }));
  const taskId = (p: string) => `Task:${stem}:${p}`;
  const tasks = doc.tasks.map((t, i) => ({
    id: taskId(t.path),
    planId,
    seq: i + 1,
    sortKey: sortKey(planId, i + 1),
    parentId: t.parentPath ? taskId(t.parentPath) : null,
    kind: t.kind,
    number: t.number ?? null,
    path: t.path,
    title: t.title,
    text: t.text,
    deadlines: t.deadlines,
    schedule: t.schedule ?? null,
    searchText: matchKey(`${t.title} ${t.text}`),
    ...sourceProps(t.source),
  }));

  const departments = new Map<string, Row>();
  const unitEdges: Row[] = [];
  const actingEdges: Row[] = [];
  const actsAsEdges = new Map<string, Row>();
  const addDepartment = (d: CanonicalDepartment) => {
    const id = departmentId(d.region.name, d.name);
    const existing = departments.get(id);
    if (existing) {
      if (!(existing.aliases as string[]).includes(d.alias)) (existing.aliases as string[]).push(d.alias);
    } else {
      for (const r of regionChain(d.region)) if (!regions.some((x) => x.id === r.id)) regions.push(r);
      departments.set(id, {
        id,
        sortKey: `${d.name}|${id}`,
        name: d.name,
        aliases: [d.alias],
        type: d.type,
        collective: d.collective,
        regionId: regionId(d.region.name),
        searchText: matchKey(`${d.name} ${d.alias}`),
      });
    }
    return id;
  };
  const department = (printed: string, source: SourceSpan) => {
    const d = canonicalDepartment(printed, m.region);
    const id = addDepartment(d);
    if (d.alsoActsAs) {
      // The unit is A; B is a body of its own (the drug regulator the market regulator houses), linked so a question about B finds A's tasks.
      const actsAsId = addDepartment(d.alsoActsAs);
      const key = `${id}|${actsAsId}`;
      if (actsAsId !== id && !actsAsEdges.has(key)) actsAsEdges.set(key, { departmentId: id, actsAsId, printed, planId, ...sourceProps(source) });
    }
    return id;
  };
  doc.tasks.forEach((t: TaskNode) => {
    for (const u of t.units) {
      unitEdges.push({
        departmentId: department(u.name, u.source),
        taskId: taskId(t.path),
        role: u.role,
        printed: u.name,
        roleText: u.roleText,
        convention: u.convention,
        planId,
        ...sourceProps(u.source),
      });
    }
    for (const a of t.acting) {
      actingEdges.push({ departmentId: department(a.name, a.source), taskId: taskId(t.path), printed: a.name, phrase: a.phrase, planId, ...sourceProps(a.source) });
    }
  });

  const indicators = doc.indicators.map((r) => ({
    id: `Indicator:${stem}:${r.seq}`,
    planId,
    seq: r.seq,
    sortKey: sortKey(planId, r.seq),
    table: r.table,
    name: r.name,
    concept: indicatorConcept(r.name),
    category: r.category ?? null,
    unit: r.unit ?? null,
    baseline: r.baseline ?? null,
    target: r.target ?? null,
    baselineValue: r.baselineValue ?? null,
    baselineComparator: r.baselineComparator ?? null,
    targetValue: r.targetValue ?? null,
    targetComparator: r.targetComparator ?? null,
    attribute: r.attribute ?? null,
    notes: r.notes,
    searchText: matchKey(r.name),
    ...sourceProps(r.source),
  }));

  const document: Row = {
    planId,
    file: doc.file,
    format: doc.format,
    encoding: doc.encoding,
    contentHash: doc.contentHash,
    text: doc.text,
    lineCount: doc.text.split("\n").length,
    // Neo4j properties cannot be maps: each removal as "rule\tcount\tsample".
    removed: doc.removed.map((r) => [r.rule, r.count, r.sample ?? ""].join("\t")),
  };

  return {
    planId,
    plan,
    regions,
    citations,
    tasks,
    departments: [...departments.values()],
    unitEdges,
    actingEdges,
    actsAsEdges: [...actsAsEdges.values()],
    indicators,
    document,
  };
}

/** The region and its ancestors, each with its parent's id. */
function regionChain(region: RegionRef): Row[] {
  const out: Row[] = [];
  for (let r: RegionRef | undefined = region; r; r = r.parent) {
    out.push({
      id: regionId(r.name),
      name: r.name,
      level: r.level,
      placeholder: r.placeholder ?? null,
      parentId: r.parent ? regionId(r.parent.name) : null,
    });
  }
  return out;
}
