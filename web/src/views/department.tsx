import { gql } from "../api";
import { Await, L, NotFound, To, Years } from "../components/common";
import { useLoad } from "../hooks";
import { DossierFilter, dossierCounts, dossierExportUrl, DossierRow, dossierRows, DossierTask, filterRows } from "../lib/dossier";
import { formatRoute, Role, Route } from "../lib/routes";

const DEPARTMENT = `query AuditDepartment($id: ID!) {
  department(id: $id) {
    id name aliases type collective
    region { name }
    actsAs { id name }
    actedAsBy { id name }
    leads(first: 1) { totalCount }
    responsibleFor(first: 1) { totalCount }
  }
}`;

// The dossier's list is the API's own answer to "tasks this department leads or shares",
// the same filter the export endpoints apply, in the same (document) order.
const TASKS = `query AuditDossier($id: ID!, $after: String) {
  tasks(filter: { departmentId: $id, role: ANY }, first: 500, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id number title kind deadlines schedule
      plan { id title region { name } }
      source { line }
      units { relation roleText printedName department { id name } }
    }
  }
}`;

interface Department {
  id: string;
  name: string;
  aliases: string[];
  type: string | null;
  collective: boolean;
  region: { name: string } | null;
  actsAs: { id: string; name: string }[];
  actedAsBy: { id: string; name: string }[];
  leads: { totalCount: number };
  responsibleFor: { totalCount: number };
}

interface TaskPage {
  tasks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: DossierTask[] };
}

async function loadDossier(id: string, signal: AbortSignal): Promise<{ department: Department | null; tasks: DossierTask[] }> {
  const { department } = await gql<{ department: Department | null }>(DEPARTMENT, { id }, signal);
  if (!department) return { department, tasks: [] };
  const tasks: DossierTask[] = [];
  let after: string | null = null;
  for (;;) {
    const page: TaskPage = await gql<TaskPage>(TASKS, { id, after }, signal);
    tasks.push(...page.tasks.nodes);
    if (!page.tasks.pageInfo.hasNextPage) break;
    after = page.tasks.pageInfo.endCursor;
  }
  return { department, tasks };
}

type DepartmentRoute = Extract<Route, { view: "department" }>;

export function DepartmentView({ route }: { route: DepartmentRoute }) {
  const [result, retry] = useLoad(`department|${route.id}`, (signal) => loadDossier(route.id, signal));
  return (
    <section class="dossier">
      <Await result={result} retry={retry}>
        {({ department, tasks }) => (department ? <Dossier department={department} tasks={tasks} route={route} /> : <NotFound what={route.id} />)}
      </Await>
    </section>
  );
}

function Dossier({ department, tasks, route }: { department: Department; tasks: DossierTask[]; route: DepartmentRoute }) {
  const all = dossierRows(department.id, tasks);
  const filter: DossierFilter = { plan: route.plan, role: route.role, dueBy: route.dueBy };
  const rows = filterRows(all, filter);
  const counts = dossierCounts(all);
  const go = (f: DossierFilter) => (location.hash = formatRoute({ view: "department", id: department.id, ...f }));
  return (
    <>
      <h1>
        {department.name}
        <span class="muted"> {department.region?.name ?? ""}</span>
      </h1>
      <dl class="facts">
        <dt>
          <L zh="文中名称" en="Printed as" />
        </dt>
        <dd>{department.aliases.join("、") || "—"}</dd>
        <dt>
          <L zh="类型" en="Type" />
        </dt>
        <dd>{department.type ?? "—"}</dd>
        {department.actsAs.length ? (
          <>
            <dt>
              <L zh="兼任" en="Also acts as" />
            </dt>
            <dd>{department.actsAs.map((d) => d.name).join("、")}</dd>
          </>
        ) : null}
      </dl>
      <ul class="counts" aria-label="统计 Counts">
        <li>
          <strong data-count="led">{department.leads.totalCount}</strong> <L zh="项牵头" en="led" />
        </li>
        <li>
          <strong data-count="shared">{department.responsibleFor.totalCount}</strong> <L zh="项参与（责任单位）" en="shared" />
        </li>
        <li>
          <strong data-count="plans">{counts.plans.length}</strong> <L zh="个规划" en="plans" />
        </li>
      </ul>

      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <L zh="规划" en="Plan" />
          <select name="plan" value={filter.plan ?? ""} onChange={(e) => go({ ...filter, plan: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="">全部 All ({all.length})</option>
            {counts.plans.map((p) => (
              <option value={p.id} key={p.id}>
                {p.region ? `${p.region} · ` : ""}
                {p.title} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          <L zh="角色" en="Role" />
          <select name="role" value={filter.role ?? "ANY"} onChange={(e) => go({ ...filter, role: (e.target as HTMLSelectElement).value as Role })}>
            <option value="ANY">全部 Any ({all.length})</option>
            <option value="LEAD">牵头 Lead ({counts.led})</option>
            <option value="RESPONSIBLE">责任 Shared ({counts.shared})</option>
          </select>
        </label>
        <label>
          <L zh="时限不晚于" en="Due by" />
          <select
            name="dueBy"
            value={filter.dueBy === undefined ? "" : String(filter.dueBy)}
            onChange={(e) => {
              const v = (e.target as HTMLSelectElement).value;
              go({ ...filter, dueBy: v ? Number(v) : undefined });
            }}
          >
            <option value="">不限 Any year</option>
            {counts.years.map((y) => (
              <option value={String(y)} key={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <span class="downloads">
          <a class="download" data-format="csv" href={dossierExportUrl("csv", department.id, filter)} download>
            ⬇ CSV
          </a>
          <a class="download" data-format="xlsx" href={dossierExportUrl("xlsx", department.id, filter)} download>
            ⬇ Excel
          </a>
        </span>
      </form>

      {/* The filter the list below was drawn with: a test (or a script) waits on it, not on time. */}
      <p class="shown" role="status" data-plan={filter.plan ?? ""} data-role={filter.role ?? "ANY"} data-due-by={filter.dueBy ?? ""}>
        <L zh={`显示 ${rows.length} / ${all.length} 项任务`} en={`${rows.length} of ${all.length} tasks`} />
      </p>
      <DossierTable rows={rows} />
    </>
  );
}

function DossierTable({ rows }: { rows: DossierRow[] }) {
  if (!rows.length)
    return (
      <p class="state empty" role="status">
        <L zh="没有符合条件的任务" en="No task meets the filter" />
      </p>
    );
  return (
    <table class="tasks responsive">
      <thead>
        <tr>
          <th>
            <L zh="规划" en="Plan" />
          </th>
          <th>
            <L zh="任务" en="Task" />
          </th>
          <th>
            <L zh="本部门角色" en="Role here" />
          </th>
          <th>
            <L zh="其他单位" en="Other units" />
          </th>
          <th>
            <L zh="时限" en="Due" />
          </th>
          <th>
            <L zh="行" en="Line" />
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.task.id} data-task-id={r.task.id}>
            <td data-th="规划 Plan">
              <span class="region">{r.task.plan.region?.name ?? ""}</span>{" "}
              <To route={{ view: "plan", id: r.task.plan.id }} class="plan-title">
                {r.task.plan.title}
              </To>
            </td>
            <td data-th="任务 Task">
              <To route={{ view: "task", id: r.task.id }}>
                {r.task.number ? <span class="no">{r.task.number}.</span> : null} {r.task.title}
              </To>
            </td>
            <td data-th="角色 Role">
              {r.roles.map((role) => (
                <span class={`role role-${role.toLowerCase()}`} key={role}>
                  {role === "LEAD" ? "牵头" : "责任"}
                </span>
              ))}
              {r.roleTexts.length ? <span class="muted"> {r.roleTexts.join("、")}</span> : null}
            </td>
            <td data-th="其他单位 Others">
              {r.others.length
                ? r.others.map((u, i) => (
                    <span key={u.department.id + u.relation}>
                      {i ? "、" : ""}
                      <To route={{ view: "department", id: u.department.id }} class={u.relation === "LEADS" ? "unit lead" : "unit"}>
                        {u.printedName}
                      </To>
                      {u.relation === "LEADS" ? <span class="tag">牵头</span> : null}
                    </span>
                  ))
                : "—"}
            </td>
            <td data-th="时限 Due">
              <Years years={r.task.deadlines} schedule={r.task.schedule} />
            </td>
            <td data-th="行 Line" class="num">
              {r.task.source.line}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
