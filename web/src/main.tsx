import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import "./style.css";
import { L } from "./components/common";
import { formatRoute, parseHash, Route } from "./lib/routes";
import { DepartmentView } from "./views/department";
import { HomeView } from "./views/home";
import { IndicatorView, IndicatorsView } from "./views/indicator";
import { PlanView } from "./views/plan";
import { SearchView } from "./views/search";
import { TaskView } from "./views/task";

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseHash(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

function Header({ route }: { route: Route }) {
  const [q, setQ] = useState(route.view === "search" ? route.q : "");
  useEffect(() => {
    if (route.view === "search") setQ(route.q);
  }, [route]);
  return (
    <header class="top">
      <a class="brand" href={formatRoute({ view: "home" })}>
        医保政策审计 <span class="en">Policy audit</span>
      </a>
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim()) location.hash = formatRoute({ view: "search", q: q.trim() });
        }}
      >
        <input
          type="search"
          name="q"
          value={q}
          onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          placeholder="搜索部门、任务、规划、指标（简繁皆可） Search"
          aria-label="搜索 Search"
        />
        <button type="submit">
          搜索 <span class="en">Search</span>
        </button>
      </form>
      <nav>
        <a href={formatRoute({ view: "indicators" })}>
          <L zh="指标对比" en="Indicators" />
        </a>
      </nav>
    </header>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case "home":
      return <HomeView />;
    case "search":
      return <SearchView q={route.q} />;
    case "department":
      return <DepartmentView route={route} />;
    case "task":
      return <TaskView id={route.id} />;
    case "plan":
      return <PlanView id={route.id} />;
    case "indicators":
      return <IndicatorsView />;
    case "indicator":
      return <IndicatorView concept={route.concept} completion={route.completion ?? false} />;
    case "not-found":
      return (
        <div class="state empty" role="status">
          <L zh="没有这个页面" en="No such view" />: <code>#{route.hash}</code>
        </div>
      );
  }
}

function App() {
  const route = useRoute();
  return (
    <>
      <Header route={route} />
      <main class="view" data-view={route.view}>
        <View route={route} />
      </main>
      <footer class="foot">
        <L zh="数据来自本服务的公开 GraphQL 接口" en="All data from this service's public GraphQL API" />
      </footer>
    </>
  );
}

// The HTML's own "loading" line is for the moment before this script runs: replace it.
const root = document.getElementById("app")!;
root.textContent = "";
render(<App />, root);
