import { gql } from "../api";
import { Await, Coded, L, NotFound, To, Years } from "../components/common";
import { EChart } from "../components/echart";
import { SourceView } from "../components/source-view";
import { useLoad } from "../hooks";
import { clauseSpans } from "../lib/clause";
import type { DocLine, Mark } from "../lib/highlight";
import { CONVENTION, KIND, labelOf, LINEAGE, RELATION } from "../lib/labels";
import { lineageGraph, ringPositions } from "../lib/lineage-graph";

const TASK = `query AuditTask($id: ID!) {
  task(id: $id) {
    id number title kind path text deadlines schedule
    plan { id title region { name } }
    parent { ...Up parent { ...Up parent { ...Up parent { ...Up } } } }
    children { id number title kind deadlines }
    source { file line endLine startOffset endOffset text }
    units {
      relation roleText convention printedName phrase
      department { id name type }
      source { line endLine startOffset endOffset }
    }
    upstream(depth: 3) { ...Link }
    lineage { ...Link }
    group {
      id label size
      tasks {
        id title number plan { id title region { name } }
        lineage(relation: SAME_TASK_AS) { relation score from { id } to { id title plan { id title region { name } } } }
      }
    }
  }
}
fragment Up on Task { id number title kind }
fragment Link on LineageLink {
  relation direction score method sharedPhrases depth
  from { id number title source { line } plan { id title region { name } } }
  to { id number title source { line } plan { id title region { name } } }
  alignedSentences { fromText toText fromSentence toSentence fromLine toLine similarity }
}`;

const LINES = `query AuditSourceLines($plan: ID!, $from: Int!, $to: Int!) {
  plan(id: $plan) { sourceLines(from: $from, to: $to) { number offset text } }
}`;

/** Lines of context shown above and below a task's own lines. */
const CONTEXT = 4;

interface TaskRef {
  id: string;
  number: string | null;
  title: string;
  source: { line: number };
  plan: { id: string; title: string; region: { name: string } | null };
}

interface Link {
  relation: string;
  direction: string;
  score: number;
  method: string;
  sharedPhrases: string[];
  depth: number | null;
  from: TaskRef;
  to: TaskRef;
  alignedSentences: { fromText: string | null; toText: string | null; fromSentence: string; toSentence: string; fromLine: number | null; toLine: number | null; similarity: number }[];
}

interface Unit {
  relation: string;
  roleText: string | null;
  convention: string | null;
  printedName: string;
  phrase: string | null;
  department: { id: string; name: string; type: string | null };
  source: { line: number; endLine: number; startOffset: number; endOffset: number };
}

interface Up {
  id: string;
  number: string | null;
  title: string;
  kind: string;
  parent?: Up | null;
}

interface Task {
  id: string;
  number: string | null;
  title: string;
  kind: string;
  path: string;
  text: string;
  deadlines: number[];
  schedule: string | null;
  plan: { id: string; title: string; region: { name: string } | null };
  parent: Up | null;
  children: { id: string; number: string | null; title: string; kind: string; deadlines: number[] }[];
  source: { file: string; line: number; endLine: number; startOffset: number; endOffset: number; text: string };
  units: Unit[];
  upstream: Link[];
  lineage: Link[];
  group: {
    id: string;
    label: string;
    size: number;
    tasks: { id: string; title: string; number: string | null; plan: TaskRef["plan"]; lineage: { relation: string; score: number; from: { id: string }; to: { id: string; title: string; plan: TaskRef["plan"] } }[] }[];
  } | null;
}

/** Line ranges to show: the task's with context, and (when a table elsewhere assigns the units) each unit's line. */
function windows(task: Task): [number, number][] {
  const ranges: [number, number][] = [[Math.max(1, task.source.line - CONTEXT), task.source.endLine + CONTEXT]];
  for (const u of task.units) {
    if (u.source.line >= ranges[0][0] && u.source.endLine <= ranges[0][1]) continue;
    ranges.push([Math.max(1, u.source.line - 1), u.source.endLine + 1]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

async function loadTask(id: string, signal: AbortSignal): Promise<{ task: Task | null; excerpts: DocLine[][] }> {
  const { task } = await gql<{ task: Task | null }>(TASK, { id }, signal);
  if (!task) return { task, excerpts: [] };
  const excerpts = await Promise.all(
    windows(task).map(async ([from, to]) => {
      const { plan } = await gql<{ plan: { sourceLines: DocLine[] | null } | null }>(LINES, { plan: task.plan.id, from, to }, signal);
      return plan?.sourceLines ?? [];
    }),
  );
  return { task, excerpts };
}

export function TaskView({ id }: { id: string }) {
  const [result, retry] = useLoad(`task|${id}`, (signal) => loadTask(id, signal));
  return (
    <section class="task-page">
      <Await result={result} retry={retry}>
        {({ task, excerpts }) => (task ? <TaskDetail task={task} excerpts={excerpts} /> : <NotFound what={id} />)}
      </Await>
    </section>
  );
}

function ancestors(task: Task): Up[] {
  const out: Up[] = [];
  for (let p = task.parent; p; p = p.parent ?? null) out.unshift(p);
  return out;
}

function TaskDetail({ task, excerpts }: { task: Task; excerpts: DocLine[][] }) {
  const assigned = task.units.filter((u) => u.convention);
  const marks: Mark[] = [
    { start: task.source.startOffset, end: task.source.endOffset, kind: "task" },
    ...excerpts.flatMap((lines) => clauseSpans(lines, assigned.map((u) => ({ start: u.source.startOffset, end: u.source.endOffset }))).map((s) => ({ ...s, kind: "clause" as const }))),
    ...task.units.map((u) => ({ start: u.source.startOffset, end: u.source.endOffset, kind: "unit" as const })),
  ];
  const leads = task.units.filter((u) => u.relation === "LEADS");
  const responsible = task.units.filter((u) => u.relation === "RESPONSIBLE_FOR");
  const acting = task.units.filter((u) => u.relation === "NAMED_AS_ACTING");
  return (
    <>
      <nav class="crumbs" aria-label="在规划中的位置 Place in the plan">
        <span class="region">{task.plan.region?.name ?? ""}</span> <To route={{ view: "plan", id: task.plan.id }}>{task.plan.title}</To>
        {ancestors(task).map((a) => (
          <span key={a.id}>
            {" › "}
            <To route={{ view: "task", id: a.id }}>
              {a.number ? `${a.number} ` : ""}
              {a.title}
            </To>
          </span>
        ))}
      </nav>
      <h1>
        {task.number ? <span class="no">{task.number}.</span> : null} {task.title}
      </h1>
      <dl class="facts">
        <dt>
          <L zh="层级" en="Kind" />
        </dt>
        <dd>
          <Coded label={labelOf(KIND, task.kind)} /> <span class="muted">{task.path}</span>
        </dd>
        <dt>
          <L zh="时限年份" en="Deadlines" />
        </dt>
        <dd>
          <Years years={task.deadlines} />
        </dd>
        <dt>
          <L zh="完成时限（分工表）" en="Schedule" />
        </dt>
        <dd>{task.schedule ?? <span class="muted">—</span>}</dd>
        <dt>
          <L zh="出处" en="Source" />
        </dt>
        <dd>
          <code>{task.source.file}</code> <L zh={`第 ${task.source.line}${task.source.endLine !== task.source.line ? `–${task.source.endLine}` : ""} 行`} en={`line ${task.source.line}`} />
        </dd>
      </dl>

      <h2>
        <L zh="责任单位" en="Units" />
      </h2>
      {task.units.length ? (
        <table class="units responsive">
          <thead>
            <tr>
              <th>
                <L zh="角色" en="Role" />
              </th>
              <th>
                <L zh="原文角色词" en="Role as printed" />
              </th>
              <th>
                <L zh="单位（原文）" en="Unit as printed" />
              </th>
              <th>
                <L zh="规范名称" en="Canonical name" />
              </th>
              <th>
                <L zh="体例" en="Convention" />
              </th>
              <th>
                <L zh="行" en="Line" />
              </th>
            </tr>
          </thead>
          <tbody>
            {[...leads, ...responsible, ...acting].map((u, i) => (
              <tr key={i} data-relation={u.relation}>
                <td data-th="角色 Role">
                  <span class={`role role-${u.relation === "LEADS" ? "lead" : u.relation === "RESPONSIBLE_FOR" ? "responsible" : "acting"}`}>
                    <Coded label={labelOf(RELATION, u.relation)} />
                  </span>
                </td>
                <td data-th="原文角色词 Printed role">{u.roleText ?? u.phrase ?? "—"}</td>
                <td data-th="原文 As printed">{u.printedName}</td>
                <td data-th="规范名称 Canonical">
                  <To route={{ view: "department", id: u.department.id }}>{u.department.name}</To>
                </td>
                <td data-th="体例 Convention">{u.convention ? <Coded label={labelOf(CONVENTION, u.convention)} /> : "—"}</td>
                <td data-th="行 Line" class="num">
                  {u.source.line}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">
          <L zh="原文未列明单位" en="The document names no unit for this task" />
        </p>
      )}

      <h2>
        <L zh="原文" en="As printed" />
      </h2>
      {excerpts.every((lines) => !lines.length) ? (
        <p class="state empty" role="status">
          <L zh="服务没有这份文件的原文" en="The service holds no text of this document (Plan.sourceLines is empty); its printed text:" />
          <span class="quote">{task.source.text}</span>
        </p>
      ) : null}
      {excerpts.map((lines, i) =>
        lines.length ? (
          <SourceView key={i} file={task.source.file} lines={lines} marks={marks} caption={i > 0 ? "（分工表等处的单位 units printed elsewhere）" : undefined} />
        ) : null,
      )}

      {task.children.length ? (
        <>
          <h2>
            <L zh="下级条目" en="Items inside" />
          </h2>
          <ol class="children">
            {task.children.map((c) => (
              <li key={c.id}>
                <To route={{ view: "task", id: c.id }}>
                  {c.number ? `${c.number}. ` : ""}
                  {c.title}
                </To>{" "}
                <Years years={c.deadlines} />
              </li>
            ))}
          </ol>
        </>
      ) : null}

      <Lineage task={task} />
    </>
  );
}

function Lineage({ task }: { task: Task }) {
  const graph = lineageGraph(task, task.group?.tasks ?? [], [...task.lineage, ...task.upstream.filter((l) => l.from.id === task.id)]);
  return (
    <section class="lineage">
      <h2>
        <L zh="任务传承" en="Lineage" />
      </h2>
      <h3>
        <L zh="落实的上位任务" en="Upstream task it implements" />
      </h3>
      {task.upstream.length ? (
        <ol class="links upstream">
          {task.upstream.map((l, i) => (
            <LinkCard key={i} link={l} taskId={task.id} />
          ))}
        </ol>
      ) : (
        <p class="muted">
          <L zh="没有找到它落实的上位任务（上位文件未载入或无对应任务）" en="No upstream task found (the upstream document is not loaded, or has no matching task)" />
        </p>
      )}
      <h3>
        <L zh="其他规划中的同一任务" en="The same task in other plans" />
      </h3>
      {task.lineage.length ? (
        <ol class="links peers">
          {task.lineage.map((l, i) => (
            <LinkCard key={i} link={l} taskId={task.id} />
          ))}
        </ol>
      ) : (
        <p class="muted">
          <L zh="没有对应任务" en="No linked task" />
        </p>
      )}
      {graph.nodes.length > 1 ? (
        <>
          <h3>
            <L zh="传承关系图" en="Lineage picture" />
            {task.group ? (
              <span class="muted">
                {" "}
                · 任务组 group「{task.group.label}」 {task.group.size} 个规划 plans
              </span>
            ) : null}
          </h3>
          <LineageGraph graph={graph} />
        </>
      ) : null}
    </section>
  );
}

function LinkCard({ link, taskId }: { link: Link; taskId: string }) {
  const other = link.to;
  return (
    <li class="link" data-relation={link.relation} data-to={other.id}>
      <div class="link-head">
        <span class="rel">
          <Coded label={labelOf(LINEAGE, link.relation)} />
          {link.relation !== "SAME_TASK_AS" ? <span class="muted"> · {labelOf(LINEAGE, link.direction).zh}</span> : null}
        </span>
        <span class="score" title="score">
          {link.score.toFixed(3)}
        </span>
        <span class="muted">{link.method}</span>
        {link.depth && link.depth > 1 ? <span class="muted">第 {link.depth} 层 hop {link.depth}</span> : null}
      </div>
      <p class="link-to">
        <span class="region">{other.plan.region?.name ?? ""}</span> <To route={{ view: "task", id: other.id }}>
          {other.number ? `${other.number}. ` : ""}
          {other.title}
        </To>{" "}
        <span class="muted">
          {other.plan.title} · 第 {other.source.line} 行
        </span>
      </p>
      {link.sharedPhrases.length ? (
        <p class="phrases">
          {link.sharedPhrases.map((p) => (
            <span class="chip" key={p}>
              {p}
            </span>
          ))}
        </p>
      ) : null}
      {link.alignedSentences.length ? (
        <table class="aligned">
          <thead>
            <tr>
              <th>
                {link.from.id === taskId ? <L zh="本任务" en="This task" /> : <L zh={`${link.from.title}`} en="lower task of this hop" />}
              </th>
              <th>
                <L zh="对应任务" en="Other task" />
              </th>
              <th class="num">
                <L zh="相似度" en="Sim." />
              </th>
            </tr>
          </thead>
          <tbody>
            {link.alignedSentences.map((s, i) => (
              <tr key={i}>
                <td>
                  {s.fromText ?? s.fromSentence}
                  {s.fromLine ? <span class="line-ref">第 {s.fromLine} 行</span> : null}
                </td>
                <td>
                  {s.toText ?? s.toSentence}
                  {s.toLine ? <span class="line-ref">第 {s.toLine} 行</span> : null}
                </td>
                <td class="num">{s.similarity.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

/** Labels point away from the middle, so they do not cross the links. */
function labelSide({ x, y }: { x: number; y: number }): string {
  if (Math.abs(x) < 0.2) return y < 0 ? "top" : "bottom";
  return x > 0 ? "right" : "left";
}

const PALETTE = ["#1f4e8c", "#c0392b", "#16a085", "#8e44ad", "#d68910", "#2c3e50", "#7f8c8d", "#27ae60"];

function LineageGraph({ graph }: { graph: ReturnType<typeof lineageGraph> }) {
  const regions = [...new Set(graph.nodes.map((n) => n.region))];
  const at = ringPositions(graph.nodes);
  // Room for the labels beside the ring on a phone too.
  const ring = Math.max(160, Math.min(340, window.innerWidth - 200));
  const option = {
    tooltip: { formatter: (p: { dataType: string; data: { title?: string; region?: string; score?: number; relation?: string } }) => (p.dataType === "edge" ? `${p.data.relation} ${p.data.score?.toFixed(3)}` : `${p.data.region}：${p.data.title}`) },
    legend: { data: regions, bottom: 0 },
    series: [
      {
        type: "graph",
        layout: "none",
        roam: false,
        categories: regions.map((name, i) => ({ name, itemStyle: { color: PALETTE[i % PALETTE.length] } })),
        label: { show: true, position: "bottom", fontSize: 12 },
        lineStyle: { color: "#8899aa", curveness: 0.15 },
        data: graph.nodes.map((n) => ({
          id: n.id,
          ...at.get(n.id),
          label: { position: labelSide(at.get(n.id)!) },
          name: n.name,
          title: n.title,
          region: n.region,
          category: regions.indexOf(n.region),
          symbolSize: n.focus ? 28 : n.inGroup ? 18 : 12,
          itemStyle: n.focus ? { borderColor: "#000", borderWidth: 2 } : undefined,
        })),
        links: graph.edges.map((e) => ({ source: e.source, target: e.target, score: e.score, relation: e.relation, lineStyle: { width: 1 + 3 * e.score, type: e.relation === "IMPLEMENTS" ? "dashed" : "solid" } })),
        // A square box: the rings stay round (the view scales x and y to the box separately).
        left: "center",
        top: 40,
        width: ring,
        height: ring,
      },
    ],
  };
  return <EChart option={option} class="lineage-graph" label="任务传承关系图 Lineage picture" height={ring + 130} />;
}
