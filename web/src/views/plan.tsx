import { gql } from "../api";
import { Await, Coded, L, NotFound, To, Years } from "../components/common";
import { useLoad } from "../hooks";
import { ATTRIBUTE, KIND, labelOf, TABLE } from "../lib/labels";
import { countItems, OutlineNode, outlineTree } from "../lib/outline";

const PLAN = `query AuditPlan($id: ID!) {
  plan(id: $id) {
    id title kind loaded docNumber issuer issuedDate periodStart periodEnd
    region { name parent { name } }
    source { file line }
    indicators { id table category name concept unit baseline target attribute notes source { line } }
    implements { score method evidence to { id title loaded docNumber } }
    implementedBy { score method evidence to { id title loaded docNumber region { name } } }
  }
}`;

const OUTLINE = `query AuditOutline($id: ID!, $after: String) {
  plan(id: $id) {
    tasks(first: 500, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id path number title kind deadlines schedule lead { id name } }
    }
  }
}`;

interface Item {
  id: string;
  path: string;
  number: string | null;
  title: string;
  kind: string;
  deadlines: number[];
  schedule: string | null;
  lead: { id: string; name: string }[];
}

interface PlanLink {
  score: number;
  method: string;
  evidence: string[];
  to: { id: string; title: string; loaded: boolean; docNumber: string | null; region?: { name: string } | null };
}

interface Plan {
  id: string;
  title: string;
  kind: string | null;
  loaded: boolean;
  docNumber: string | null;
  issuer: string | null;
  issuedDate: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  region: { name: string; parent: { name: string } | null } | null;
  source: { file: string; line: number } | null;
  indicators: {
    id: string;
    table: string;
    category: string | null;
    name: string;
    concept: string | null;
    unit: string | null;
    baseline: string | null;
    target: string | null;
    attribute: string | null;
    notes: string[];
    source: { line: number };
  }[];
  implements: PlanLink[];
  implementedBy: PlanLink[];
}

async function loadPlan(id: string, signal: AbortSignal): Promise<{ plan: Plan | null; items: Item[] }> {
  const { plan } = await gql<{ plan: Plan | null }>(PLAN, { id }, signal);
  if (!plan) return { plan, items: [] };
  const items: Item[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { plan: { tasks: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Item[] } } } = await gql(OUTLINE, { id, after }, signal);
    items.push(...page.plan.tasks.nodes);
    if (!page.plan.tasks.pageInfo.hasNextPage) break;
    after = page.plan.tasks.pageInfo.endCursor;
  }
  return { plan, items };
}

export function PlanView({ id }: { id: string }) {
  const [result, retry] = useLoad(`plan|${id}`, (signal) => loadPlan(id, signal));
  return (
    <section class="plan-page">
      <Await result={result} retry={retry}>
        {({ plan, items }) => (plan ? <PlanDetail plan={plan} items={items} /> : <NotFound what={id} />)}
      </Await>
    </section>
  );
}

function PlanDetail({ plan, items }: { plan: Plan; items: Item[] }) {
  const tree = outlineTree(items);
  const tables = ["TARGET", "COMPLETION"].map((t) => ({ table: t, rows: plan.indicators.filter((i) => i.table === t) })).filter((t) => t.rows.length);
  return (
    <>
      <h1>{plan.title}</h1>
      <dl class="facts">
        <dt>
          <L zh="地区" en="Region" />
        </dt>
        <dd>{plan.region ? `${plan.region.parent ? `${plan.region.parent.name} › ` : ""}${plan.region.name}` : "—"}</dd>
        <dt>
          <L zh="类型" en="Kind" />
        </dt>
        <dd>{plan.kind ?? "—"}</dd>
        <dt>
          <L zh="文号" en="Doc number" />
        </dt>
        <dd>{plan.docNumber ?? "—"}</dd>
        <dt>
          <L zh="印发" en="Issued" />
        </dt>
        <dd>{[plan.issuer, plan.issuedDate].filter(Boolean).join(" · ") || "—"}</dd>
        <dt>
          <L zh="规划期" en="Period" />
        </dt>
        <dd>{plan.periodStart ? `${plan.periodStart}–${plan.periodEnd}` : "—"}</dd>
        <dt>
          <L zh="文件" en="File" />
        </dt>
        <dd>{plan.source ? <code>{plan.source.file}</code> : "—"}</dd>
      </dl>

      <div class="plan-grid">
        <section class="outline">
          <h2>
            <L zh="结构" en="Outline" /> <span class="count">{items.length}</span>
          </h2>
          <ul class="tree" role="tree">
            {tree.map((n) => (
              <OutlineBranch key={n.item.id} node={n} depth={0} />
            ))}
          </ul>
        </section>
        <section class="plan-side">
          <h2>
            <L zh="上位文件（本规划落实）" en="What this plan implements" />
          </h2>
          <PlanLinks links={plan.implements} />
          <h2>
            <L zh="落实本规划的文件" en="What implements this plan" />
          </h2>
          <PlanLinks links={plan.implementedBy} />
        </section>
      </div>

      <section class="indicator-tables">
        <h2>
          <L zh="主要指标" en="Indicators" />
        </h2>
        {tables.length ? (
          tables.map((t) => (
            <div key={t.table}>
              <h3>
                <Coded label={labelOf(TABLE, t.table)} />
              </h3>
              <table class="indicators responsive" data-table={t.table}>
                <thead>
                  <tr>
                    <th>
                      <L zh="类别" en="Category" />
                    </th>
                    <th>
                      <L zh="指标" en="Indicator" />
                    </th>
                    <th>
                      <L zh="单位" en="Unit" />
                    </th>
                    <th>
                      <L zh={t.table === "TARGET" ? "2020年" : "规划目标"} en={t.table === "TARGET" ? "Baseline" : "Planned"} />
                    </th>
                    <th>
                      <L zh={t.table === "TARGET" ? "2025年" : "完成"} en={t.table === "TARGET" ? "Target" : "Achieved"} />
                    </th>
                    <th>
                      <L zh="属性" en="Attribute" />
                    </th>
                    <th>
                      <L zh="行" en="Line" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {t.rows.map((i) => (
                    <tr key={i.id}>
                      <td data-th="类别 Category">{i.category ?? ""}</td>
                      <td data-th="指标 Indicator">
                        {i.concept ? <To route={{ view: "indicator", concept: i.concept }}>{i.name}</To> : i.name}
                        {i.notes.map((n, k) => (
                          <small class="note" key={k}>
                            {n}
                          </small>
                        ))}
                      </td>
                      <td data-th="单位 Unit">{i.unit ?? ""}</td>
                      <td data-th="基期 Baseline">{i.baseline ?? "—"}</td>
                      <td data-th="目标 Target">{i.target ?? "—"}</td>
                      <td data-th="属性 Attribute">{i.attribute ? labelOf(ATTRIBUTE, i.attribute).zh : "—"}</td>
                      <td data-th="行 Line" class="num">
                        {i.source.line}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))
        ) : (
          <p class="muted">
            <L zh="本规划没有指标表" en="This plan prints no indicator table" />
          </p>
        )}
      </section>
    </>
  );
}

function OutlineBranch({ node, depth }: { node: OutlineNode<Item>; depth: number }) {
  const t = node.item;
  const head = (
    <span class={`item kind-${t.kind.toLowerCase()}`}>
      <span class="kind">{labelOf(KIND, t.kind).zh}</span>{" "}
      <To route={{ view: "task", id: t.id }}>
        {t.number ? `${t.number} ` : ""}
        {t.title}
      </To>{" "}
      {t.lead.length ? <span class="lead-unit">牵头 {t.lead.map((d) => d.name).join("、")}</span> : null}
      {t.deadlines.length || t.schedule ? <Years years={t.deadlines} schedule={t.schedule} /> : null}
    </span>
  );
  if (!node.children.length)
    return (
      <li role="treeitem" data-path={t.path}>
        {head}
      </li>
    );
  return (
    <li role="treeitem" data-path={t.path}>
      <details open={depth < 2}>
        <summary>
          {head} <span class="count">{countItems(node) - 1}</span>
        </summary>
        <ul role="group">
          {node.children.map((c) => (
            <OutlineBranch key={c.item.id} node={c} depth={depth + 1} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function PlanLinks({ links }: { links: PlanLink[] }) {
  if (!links.length)
    return (
      <p class="muted">
        <L zh="无" en="None" />
      </p>
    );
  return (
    <ul class="plan-links">
      {links.map((l) => (
        <li key={l.to.id}>
          {l.to.loaded ? <To route={{ view: "plan", id: l.to.id }}>{l.to.title}</To> : <span>《{l.to.title}》</span>}
          {l.to.docNumber ? <span class="muted"> {l.to.docNumber}</span> : null}
          {!l.to.loaded ? <span class="tag">未载入 not loaded</span> : null}
          <span class="score"> {l.score.toFixed(2)}</span> <span class="muted">{l.method}</span>
          {l.evidence.length ? <small class="evidence">{l.evidence.join("；")}</small> : null}
        </li>
      ))}
    </ul>
  );
}
