import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type express from "express";

/**
 * The explorer page at `/`, served offline: GraphiQL's bundle comes from npm, and
 * its inline style and script are split into local assets so the page itself holds
 * no external URL (no machine here reaches a CDN).
 */
export interface ExplorerAssets {
  html: string;
  /** Asset name (e.g. `graphiql-0.js`) → body. */
  assets: Map<string, { type: string; body: string }>;
}

export const EXAMPLE_QUERY = `# Which tasks are about 医保基金监管 (fund supervision), who leads and shares each, and where is it printed?
{
  tasks(filter: { text: "医保基金监管" }, first: 5) {
    totalCount
    nodes {
      id
      number
      title
      plan { title }
      lead { name }
      responsible { name }
      source { file line }
    }
  }
}
`;

export function buildExplorer(endpoint: string): ExplorerAssets {
  const page = renderGraphiQL({ endpoint, title: "policy-graph explorer", defaultQuery: EXAMPLE_QUERY } as never);
  const assets = new Map<string, { type: string; body: string }>();
  let html = page.replace(/<style>([\s\S]*?)<\/style>/g, (_m, body: string) => {
    const name = `graphiql-${assets.size}.css`;
    assets.set(name, { type: "text/css; charset=utf-8", body });
    return `<link rel="stylesheet" href="/explorer/${name}">`;
  });
  html = html.replace(/<script>([\s\S]*?)<\/script>/g, (_m, body: string) => {
    const name = `graphiql-${assets.size}.js`;
    assets.set(name, { type: "text/javascript; charset=utf-8", body });
    return `<script src="/explorer/${name}"></script>`;
  });
  return { html, assets };
}

/** `GET /` (the explorer page) and its assets under `/explorer/`, for the GraphQL endpoint at `endpoint`. */
export function registerExplorerRoutes(app: express.Express, endpoint: string): void {
  const explorer = buildExplorer(endpoint);
  app.get("/", (_req, res) => void res.type("html").send(explorer.html));
  app.get("/explorer/:asset", (req, res) => {
    const asset = explorer.assets.get(req.params.asset);
    if (!asset) return void res.status(404).json({ error: `no explorer asset ${req.params.asset}` });
    res.setHeader("cache-control", "public, max-age=86400");
    res.type(asset.type).send(asset.body);
  });
}
