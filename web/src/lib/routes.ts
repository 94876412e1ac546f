/**
 * Every view of the page is a URL hash, so any view can be shared or bookmarked and
 * the one HTML file the server sends serves them all:
 *   #/                          home
 *   #/search?q=区财政厅          search
 *   #/department/<id>?plan=&role=&dueBy=   a department's dossier, with its filters
 *   #/task/<id>                 a task with its source and lineage
 *   #/plan/<id>                 a plan's outline, indicators and lineage
 *   #/indicators                the indicators to compare
 *   #/indicator/<concept>?completion=1     one indicator across regions
 */
export type Role = "ANY" | "LEAD" | "RESPONSIBLE";

export type Route =
  | { view: "home" }
  | { view: "search"; q: string }
  | { view: "department"; id: string; plan?: string; role?: Role; dueBy?: number }
  | { view: "task"; id: string }
  | { view: "plan"; id: string }
  | { view: "indicators" }
  | { view: "indicator"; concept: string; completion?: boolean }
  | { view: "not-found"; hash: string };

const ROLES: readonly Role[] = ["ANY", "LEAD", "RESPONSIBLE"];

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "");
  const [pathPart, queryPart = ""] = splitOnce(raw, "?");
  const query = new URLSearchParams(queryPart);
  const segments = pathPart.split("/").filter(Boolean);
  const [view, ...rest] = segments;
  // An id holds ':' and '/' (Task:001_…:2/4/12): it is one encoded segment, but a hand-typed one may be split.
  const arg = rest.length ? safeDecode(rest.join("/")) : "";
  switch (view) {
    case undefined:
      return { view: "home" };
    case "search":
      return { view: "search", q: query.get("q") ?? "" };
    case "department": {
      if (!arg) break;
      const role = query.get("role") as Role | null;
      const dueBy = Number(query.get("dueBy"));
      return {
        view: "department",
        id: arg,
        ...(query.get("plan") ? { plan: query.get("plan")! } : {}),
        ...(role && ROLES.includes(role) && role !== "ANY" ? { role } : {}),
        ...(query.get("dueBy") && Number.isInteger(dueBy) ? { dueBy } : {}),
      };
    }
    case "task":
      if (arg) return { view: "task", id: arg };
      break;
    case "plan":
      if (arg) return { view: "plan", id: arg };
      break;
    case "indicators":
      return { view: "indicators" };
    case "indicator":
      if (arg) return { view: "indicator", concept: arg, ...(query.get("completion") === "1" ? { completion: true } : {}) };
      break;
  }
  return { view: "not-found", hash: raw };
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case "home":
      return "#/";
    case "search":
      return `#/search?${new URLSearchParams({ q: route.q })}`;
    case "department": {
      const q = new URLSearchParams();
      if (route.plan) q.set("plan", route.plan);
      if (route.role && route.role !== "ANY") q.set("role", route.role);
      if (route.dueBy !== undefined) q.set("dueBy", String(route.dueBy));
      const qs = q.toString();
      return `#/department/${encodeURIComponent(route.id)}${qs ? `?${qs}` : ""}`;
    }
    case "task":
      return `#/task/${encodeURIComponent(route.id)}`;
    case "plan":
      return `#/plan/${encodeURIComponent(route.id)}`;
    case "indicators":
      return "#/indicators";
    case "indicator":
      return `#/indicator/${encodeURIComponent(route.concept)}${route.completion ? "?completion=1" : ""}`;
    case "not-found":
      return `#${route.hash}`;
  }
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep);
  return i === -1 ? [s] : [s.slice(0, i), s.slice(i + 1)];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
