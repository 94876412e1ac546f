import { build } from "esbuild";
import * as fs from "fs";
import * as path from "path";

/**
 * Bundles the auditors' page (web/) into dist/web: one script (Preact, ECharts and the
 * page's code), one style sheet and the HTML that names them, nothing fetched at run
 * time. `npm run build` runs it after tsc, so `npm start` and `npm test` serve a fresh page.
 */
const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");
const out = path.join(root, "dist", "web");

async function main(): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: { app: path.join(root, "web", "src", "main.tsx") },
    bundle: true,
    minify: true,
    sourcemap: false,
    format: "iife",
    target: ["es2020"],
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: out,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    define: { "process.env.NODE_ENV": '"production"' },
  });
  for (const file of ["index.html", "icon.svg"]) fs.copyFileSync(path.join(root, "web", file), path.join(out, file));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  process.stderr.write(`[policy-graph] audit page bundled into ${path.relative(root, out)} (${Math.round(bytes / 1024)} KiB)\n`);
}

main().catch((e) => {
  process.stderr.write(`[policy-graph] could not bundle the audit page: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
