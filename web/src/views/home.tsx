import { gql } from "../api";
import { Await, L, To } from "../components/common";
import { useLoad } from "../hooks";

const PLANS = `query AuditHome {
  regions { id name level placeholder plans { id title kind loaded periodStart periodEnd } }
}`;

interface Region {
  id: string;
  name: string;
  level: string;
  placeholder: boolean;
  plans: { id: string; title: string; kind: string | null; loaded: boolean; periodStart: number | null; periodEnd: number | null }[];
}

export function HomeView() {
  const [result, retry] = useLoad("home", (signal) => gql<{ regions: Region[] }>(PLANS, {}, signal));
  return (
    <section class="home">
      <h1>
        <L zh="谁负责哪项任务，原文怎么写，任务从哪里来" en="Who owns which task, the printed clause, and where the task came from" />
      </h1>
      <p class="lead">
        <L zh="用上方搜索框查找部门、任务、规划或指标；简体、繁体均可。" en="Search departments, tasks, plans or indicators above, in simplified or traditional script." />
      </p>
      <h2>
        <L zh="示例" en="Examples" />
      </h2>
      <ul class="examples">
        <li>
          <To route={{ view: "search", q: "区财政厅" }}>区财政厅</To> — <L zh="它参与哪些任务，谁牵头" en="which tasks it shares, and who leads each" />
        </li>
        <li>
          <To route={{ view: "task", id: "Task:001_aa40d479269d3f1a:2/4/12" }}>西藏 任务12 改革完善医保基金监管体制</To> — <L zh="原文条款与任务传承" en="its printed clause and lineage" />
        </li>
        <li>
          <To route={{ view: "indicator", concept: "基本医疗保险参保率" }}>基本医疗保险参保率</To> — <L zh="各地区基期值与目标值" en="baseline and target across regions" />
        </li>
      </ul>
      <h2>
        <L zh="已载入的规划" en="Loaded plans" />
      </h2>
      <Await result={result} retry={retry}>
        {(data) => (
          <ul class="plans">
            {data.regions.flatMap((r) =>
              r.plans
                .filter((p) => p.loaded)
                .map((p) => (
                  <li key={p.id}>
                    <span class="region">{r.name}</span> <To route={{ view: "plan", id: p.id }}>{p.title}</To>
                    {p.periodStart ? (
                      <span class="muted">
                        {" "}
                        {p.periodStart}–{p.periodEnd}
                      </span>
                    ) : null}
                  </li>
                )),
            )}
          </ul>
        )}
      </Await>
    </section>
  );
}
