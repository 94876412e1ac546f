import { gql } from "../api";
import { Await, L, To } from "../components/common";
import { EChart } from "../components/echart";
import { useLoad } from "../hooks";
import { comparisonBars, concepts, IndicatorRow, regionOf } from "../lib/indicators";
import { ATTRIBUTE, COMPARATOR, labelOf, TABLE } from "../lib/labels";
import { formatRoute } from "../lib/routes";

const FIELDS = `id name concept table unit baseline baselineValue baselineComparator target targetValue targetComparator attribute
  plan { id title region { name } } source { line }`;

const ALL = `query AuditIndicators($after: String) {
  indicators(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } }
}`;

const ONE = `query AuditIndicator($concept: String!, $after: String) {
  indicators(filter: { concept: $concept }, first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } }
}`;

type Page = { indicators: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: IndicatorRow[] } };

async function allPages(query: string, vars: Record<string, unknown>, signal: AbortSignal): Promise<IndicatorRow[]> {
  const rows: IndicatorRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await gql<Page>(query, { ...vars, after }, signal);
    rows.push(...page.indicators.nodes);
    if (!page.indicators.pageInfo.hasNextPage) return rows;
    after = page.indicators.pageInfo.endCursor;
  }
}

export function IndicatorsView() {
  const [result, retry] = useLoad("indicators", (signal) => allPages(ALL, {}, signal));
  return (
    <section class="indicators-page">
      <h1>
        <L zh="指标对比" en="Compare an indicator across regions" />
      </h1>
      <Await result={result} retry={retry}>
        {(rows) => (
          <ul class="concepts">
            {concepts(rows).map((c) => (
              <li key={c.concept}>
                <To route={{ view: "indicator", concept: c.concept }}>{c.concept}</To> <span class="count">{c.regions.length}</span>
                <span class="muted"> {c.regions.join("、")}</span>
              </li>
            ))}
          </ul>
        )}
      </Await>
    </section>
  );
}

export function IndicatorView({ concept, completion }: { concept: string; completion: boolean }) {
  const [result, retry] = useLoad(`indicator|${concept}`, (signal) => allPages(ONE, { concept }, signal));
  return (
    <section class="indicator-page">
      <h1>
        {concept} <span class="en">across regions</span>
      </h1>
      <Await result={result} retry={retry}>
        {(all) => {
          const rows = all.filter((r) => completion || r.table === "TARGET");
          const hidden = all.length - rows.length;
          return (
            <>
              <p class="toggle">
                {completion ? (
                  <a href={formatRoute({ view: "indicator", concept })}>
                    <L zh="只看“十四五”目标表" en="Only the 2025 target tables" />
                  </a>
                ) : hidden ? (
                  <a href={formatRoute({ view: "indicator", concept, completion: true })}>
                    <L zh={`也显示“十三五”完成表（${hidden} 行）`} en={`Also the 2020 completion tables (${hidden} rows)`} />
                  </a>
                ) : null}
              </p>
              {rows.length ? <ComparisonChart rows={rows} /> : <p class="state empty">没有数据 No rows</p>}
              <ComparisonTable rows={rows} />
            </>
          );
        }}
      </Await>
    </section>
  );
}

function shown(printed: string | null, value: number | null, comparator: string | null): string {
  if (value === null) return printed ?? "—";
  return `${comparator && comparator !== "EQ" ? COMPARATOR[comparator] ?? "" : ""}${value}`;
}

function ComparisonChart({ rows }: { rows: IndicatorRow[] }) {
  const bars = comparisonBars(rows);
  const unit = rows.find((r) => r.unit)?.unit ?? "";
  const point = (printed: string | null, value: number | null, comparator: string | null, r: IndicatorRow) => ({
    value,
    printed: printed ?? "—",
    label: { show: value !== null, formatter: () => shown(printed, value, comparator) },
    attribute: r.attribute,
  });
  const option = {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { data: ["2020 基期值 Baseline", "2025 目标值 Target"], top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 10, containLabel: true },
    // Each region with the target's attribute under it (约束性 binding / 预期性 expected).
    xAxis: { type: "category", data: bars.map((b) => `${b.label}\n${b.row.attribute ? labelOf(ATTRIBUTE, b.row.attribute).zh : "—"}`), axisLabel: { interval: 0, fontSize: 13, lineHeight: 18 } },
    yAxis: { type: "value", name: unit, scale: false },
    series: [
      { name: "2020 基期值 Baseline", type: "bar", barGap: "10%", itemStyle: { color: "#9db4d3" }, label: { position: "top" }, data: bars.map((b) => point(b.row.baseline, b.row.baselineValue, b.row.baselineComparator, b.row)) },
      {
        name: "2025 目标值 Target",
        type: "bar",
        itemStyle: { color: "#1f4e8c" },
        label: { position: "top" },
        // Binding targets in the solid colour, expected ones striped lighter: the attribute is part of the picture.
        data: bars.map((b) => ({
          ...point(b.row.target, b.row.targetValue, b.row.targetComparator, b.row),
          itemStyle: { color: b.row.attribute === "EXPECTED" ? "#e3a857" : "#1f4e8c" },
        })),
      },
    ],
  };
  return (
    <>
      <EChart option={option} class="indicator-chart" label={`${rows[0].concept ?? rows[0].name} 基期值与目标值 baseline and target`} height={380} />
      <p class="legend">
        <span class="sw" style={{ background: "#1f4e8c" }} /> 约束性 <span class="en">binding</span> <span class="sw" style={{ background: "#e3a857" }} /> 预期性{" "}
        <span class="en">expected</span> <span class="sw" style={{ background: "#9db4d3" }} /> 2020 基期值 <span class="en">baseline</span>
      </p>
    </>
  );
}

function ComparisonTable({ rows }: { rows: IndicatorRow[] }) {
  return (
    <table class="comparison responsive">
      <thead>
        <tr>
          <th>
            <L zh="地区" en="Region" />
          </th>
          <th>
            <L zh="原文指标名" en="Indicator as printed" />
          </th>
          <th>
            <L zh="表" en="Table" />
          </th>
          <th>
            <L zh="基期值" en="Baseline" />
          </th>
          <th>
            <L zh="目标值" en="Target" />
          </th>
          <th>
            <L zh="属性" en="Attribute" />
          </th>
          <th>
            <L zh="规划 · 行" en="Plan · line" />
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-region={regionOf(r)}>
            <td data-th="地区 Region">{regionOf(r)}</td>
            <td data-th="指标 Indicator">
              {r.name}
              {r.unit ? <span class="muted"> ({r.unit})</span> : null}
            </td>
            <td data-th="表 Table">{labelOf(TABLE, r.table).zh}</td>
            <td data-th="基期 Baseline">{r.baseline ?? "—"}</td>
            <td data-th="目标 Target">{r.target ?? "—"}</td>
            <td data-th="属性 Attribute" class={`attr attr-${(r.attribute ?? "none").toLowerCase()}`}>
              {r.attribute ? (
                <>
                  {labelOf(ATTRIBUTE, r.attribute).zh} <span class="en">{labelOf(ATTRIBUTE, r.attribute).en}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td data-th="规划 Plan">
              <To route={{ view: "plan", id: r.plan.id }}>{r.plan.title}</To> <span class="muted">第 {r.source.line} 行</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
