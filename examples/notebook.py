#!/usr/bin/env python3
"""Pull the policy graph into pandas and networkx, through GraphQL and through the
bulk exports, and answer a few questions with it.

    usage: python3 examples/notebook.py [API base URL]    (default http://127.0.0.1:4000)

Needs pandas, networkx and requests: `sh scripts/ensure-python.sh` installs Debian's
python3-pandas, python3-networkx and python3-requests and prints which python3 sees them.
The two ways in must agree; the script exits 1 when they do not.
"""
import io
import sys

import networkx as nx
import pandas as pd
import requests

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:4000").rstrip("/")
PAGE = 100  # small enough that walking the cursor takes several pages on the seed graph

TASKS = """
query Tasks($first: Int!, $after: String) {
  tasks(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id kind title plan { id }
      units { relation printedName department { id name type } }
    }
  }
}
"""

LINKS = """
query Links($first: Int!, $after: String) {
  lineageLinks(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { from { id plan { id } } to { id plan { id } } relation score method }
  }
}
"""

GROUPS = """
query Groups($first: Int!, $after: String) {
  lineageGroups(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id label size planCount tasks { id title } }
  }
}
"""

PLAN_LINKS = "{ plans(loaded: true) { id implements { to { id } score method } } }"


def graphql(query, variables):
    r = requests.post(f"{BASE}/graphql", json={"query": query, "variables": variables}, timeout=60)
    body = r.json()
    if body.get("errors"):
        raise RuntimeError(f"GraphQL errors: {body['errors']}")
    return body["data"]


def walk(query, field):
    """Every node of a connection, following endCursor until hasNextPage is false; and the page count."""
    nodes, after, pages = [], None, 0
    while True:
        conn = graphql(query, {"first": PAGE, "after": after})[field]
        pages += 1
        nodes.extend(conn["nodes"])
        if not conn["pageInfo"]["hasNextPage"]:
            return nodes, pages
        after = conn["pageInfo"]["endCursor"]


def export_ndjson(name):
    """A whole export, streamed as NDJSON, as a DataFrame (ids stay strings)."""
    r = requests.get(f"{BASE}/export/{name}", params={"format": "ndjson"}, timeout=300)
    r.raise_for_status()
    return pd.read_json(io.StringIO(r.text), lines=True, dtype=False, convert_dates=False) if r.text else pd.DataFrame()


def export_csv_pages(name, first=50):
    """An export page by page as CSV, following the x-next-cursor header; the header row gives
    the columns even when there are no rows. Returns the DataFrame and the page count."""
    frames, params, pages = [], {"format": "csv", "first": first}, 0
    while True:
        r = requests.get(f"{BASE}/export/{name}", params=params, timeout=60)
        r.raise_for_status()
        pages += 1
        frames.append(pd.read_csv(io.StringIO(r.text), dtype=str, keep_default_na=False))
        cursor = r.headers.get("x-next-cursor")
        if not cursor:
            return pd.concat(frames, ignore_index=True), pages
        params["after"] = cursor


def check(ok, what):
    if not ok:
        print(f"MISMATCH: {what}")
        sys.exit(1)


def main():
    print(f"policy-graph at {BASE}")

    # Tasks with their units through GraphQL, every page.
    gql_tasks, gql_pages = walk(TASKS, "tasks")
    gql_units = pd.DataFrame(
        [
            {"taskId": t["id"], "relation": u["relation"], "departmentId": u["department"]["id"], "departmentName": u["department"]["name"]}
            for t in gql_tasks
            for u in t["units"]
        ],
        columns=["taskId", "relation", "departmentId", "departmentName"],
    )

    # Lineage through GraphQL: the task links' bulk edge list, the plans' links, the groups.
    gql_links, link_pages = walk(LINKS, "lineageLinks")
    gql_plan_links = [(p["id"], l["to"]["id"]) for p in graphql(PLAN_LINKS, {})["plans"] for l in p["implements"]]
    groups, _ = walk(GROUPS, "lineageGroups")

    # The same through the export endpoints.
    tasks = export_ndjson("tasks")
    units, unit_pages = export_csv_pages("units")
    lineage, _ = export_csv_pages("lineage")
    indicators = export_ndjson("indicators")
    departments = export_ndjson("departments")

    check(set(tasks["id"]) == {t["id"] for t in gql_tasks}, "GraphQL and /export/tasks hold different tasks")
    ties = lambda df: sorted(zip(df["taskId"], df["relation"], df["departmentId"]))  # noqa: E731
    check(ties(units) == ties(gql_units), "GraphQL Task.units and /export/units differ")
    print(f"tasks: {len(gql_tasks)} (GraphQL, {gql_pages} pages) = {len(tasks)} (export)")
    print(f"unit ties: {len(gql_units)} (GraphQL) = {len(units)} (export, {unit_pages} pages)")
    task_rows = lineage[lineage["level"] == "TASK"]
    check(
        set(zip(task_rows["fromId"], task_rows["relation"], task_rows["toId"]))
        == {(l["from"]["id"], l["relation"], l["to"]["id"]) for l in gql_links},
        "GraphQL lineageLinks and the task links of /export/lineage differ",
    )
    check(len(lineage) - len(task_rows) == len(gql_plan_links), "GraphQL Plan.implements and the plan links of /export/lineage differ")
    print(f"lineage links: {len(gql_links)} task links (GraphQL, {link_pages} pages) + {len(gql_plan_links)} plan links = {len(lineage)} (export)")
    print(f"indicators: {len(indicators)}, departments: {len(departments)}")

    # Departments by number of led tasks (牵头单位), from the unit rows.
    led = (
        units[units["relation"] == "LEADS"]
        .groupby(["departmentId", "departmentName"])["taskId"]
        .nunique()
        .reset_index(name="led")
        .sort_values(["led", "departmentName"], ascending=[False, True])
    )
    check(
        led.set_index("departmentId")["led"].to_dict()
        == {d: n for d, n in departments.set_index("id")["leadsTotalCount"].items() if n > 0},
        "led-task counts from /export/units and /export/departments differ",
    )
    print()
    print("departments by number of led tasks:")
    for r in led.head(5).itertuples():
        print(f"  {r.led:4d}  {r.departmentName}  {r.departmentId}")
    if len(led):
        top = led.iloc[0]
        print(f"top lead department: {top.departmentId} ({top.led} tasks)")
    else:
        print("top lead department: none")

    # The largest lineage groups, as the API clusters them: the same task across plans, one task a plan.
    print()
    print(f"lineage groups: {len(groups)}, largest: {groups[0]['size'] if groups else 0} tasks")
    for grp in groups[:3]:
        sample = " / ".join(t["title"] for t in grp["tasks"][:3])
        print(f"  {grp['size']} tasks in {grp['planCount']} plans, {grp['label']}: {sample}")

    # The same links as a networkx graph: its connected components can be larger than the API's
    # groups, which allow one task a plan and split chains that would join two tasks of one plan.
    g = nx.Graph()
    same = task_rows[task_rows["relation"] == "SAME_TASK_AS"]
    g.add_edges_from((r.fromId, r.toId, {"score": r.score}) for r in same.itertuples())
    components = sorted(nx.connected_components(g), key=len, reverse=True)
    plan_of = tasks.set_index("id")["planId"].to_dict()
    largest = components[0] if components else set()
    print(f"SAME_TASK_AS components (networkx): {len(components)}, largest: {len(largest)} tasks in {len({plan_of[t] for t in largest})} plans")


if __name__ == "__main__":
    try:
        main()
    except requests.ConnectionError:
        print(f"cannot reach the API at {BASE}: start it with `npm start` or pass its URL", file=sys.stderr)
        sys.exit(2)
