import { gql } from "../api";
import { Await, L, To } from "../components/common";
import { useLoad } from "../hooks";
import { groupHits, Hit, HitKind, snippetParts } from "../lib/search";

const SEARCH = `query AuditSearch($q: String!) {
  search(text: $q, first: 80) {
    score
    snippet
    node {
      __typename
      id
      ... on Department { name aliases type region { name } }
      ... on Task { number title kind plan { id title region { name } } }
      ... on Plan { title planKind: kind loaded region { name } }
      ... on Indicator { name concept plan { id title region { name } } }
    }
  }
}`;

const HEADINGS: Record<HitKind, { zh: string; en: string }> = {
  Department: { zh: "部门", en: "Departments" },
  Task: { zh: "任务", en: "Tasks" },
  Plan: { zh: "规划", en: "Plans" },
  Indicator: { zh: "指标", en: "Indicators" },
};

type Node = Hit["node"] & Record<string, any>;

export function SearchView({ q }: { q: string }) {
  const [result, retry] = useLoad(`search|${q}`, (signal) => (q.trim() ? gql<{ search: Hit[] }>(SEARCH, { q }, signal) : Promise.resolve({ search: [] })));
  return (
    <section class="search">
      <h1>
        <L zh="搜索" en="Search" /> <q>{q}</q>
      </h1>
      <Await result={result} retry={retry}>
        {(data) => {
          const groups = groupHits(data.search);
          if (!groups.length)
            return (
              <p class="state empty" role="status">
                <L zh="没有结果" en="No results" />
              </p>
            );
          return (
            <div class="groups">
              {groups.map((g) => (
                <section class="group" key={g.kind} data-kind={g.kind}>
                  <h2>
                    <L {...HEADINGS[g.kind]} /> <span class="count">{g.hits.length}</span>
                  </h2>
                  <ol class="hits">
                    {g.hits.map((h) => (
                      <li key={h.node.id} class="hit">
                        <HitTitle node={h.node as Node} />
                        <p class="snippet">
                          {snippetParts(h.snippet).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}
                        </p>
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
            </div>
          );
        }}
      </Await>
    </section>
  );
}

function HitTitle({ node }: { node: Node }) {
  switch (node.__typename) {
    case "Department":
      return (
        <p class="hit-title">
          <To route={{ view: "department", id: node.id }}>{node.name}</To>
          <span class="muted">
            {" "}
            {node.region?.name ?? ""} {node.type ?? ""} {node.aliases?.length ? `（${node.aliases.join("、")}）` : ""}
          </span>
        </p>
      );
    case "Task":
      return (
        <p class="hit-title">
          <To route={{ view: "task", id: node.id }}>
            {node.number ? `${node.number}. ` : ""}
            {node.title}
          </To>
          <span class="muted">
            {" "}
            {node.plan.region?.name ?? ""} · {node.plan.title}
          </span>
        </p>
      );
    case "Plan":
      return (
        <p class="hit-title">
          {node.loaded ? <To route={{ view: "plan", id: node.id }}>{node.title}</To> : <span>{node.title}</span>}
          <span class="muted"> {node.region?.name ?? ""} {node.loaded ? "" : "（仅被引用 cited only）"}</span>
        </p>
      );
    case "Indicator":
      return (
        <p class="hit-title">
          {node.concept ? <To route={{ view: "indicator", concept: node.concept }}>{node.name}</To> : <span>{node.name}</span>}
          <span class="muted">
            {" "}
            {node.plan.region?.name ?? ""} · {node.plan.title}
          </span>
        </p>
      );
    default:
      return <p class="hit-title">{node.id}</p>;
  }
}
