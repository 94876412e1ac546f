import * as path from "path";
import { PROJECT_ROOT } from "../src/config";
import { generateCorpus, NATIONAL_PLANS } from "../src/generate";

const USAGE = `usage: npm run generate -- --plans N [--out dir] [--seed S]
  --plans N   how many plans of the national tree to write (national ${NATIONAL_PLANS}: 1 + 31 provinces + 330 cities + 2,800 counties)
  --out dir   output folder (default generated/); truth.json is written there too
  --seed S    an integer; the same seed writes the same corpus (default 1)
  --transforms none|mixed
              mixed: rewrite each document in another layout too (markdown, the other script,
              full-width punctuation, 1、 numbering, PDF-like hard wraps …), named in truth.json`;

/** `npm run generate -- --plans N`: realistic plan documents in the seed layouts, with the true lineage. */
function main(argv: string[]): number {
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!["--plans", "--out", "--seed", "--transforms"].includes(argv[i]) || argv[i + 1] === undefined) {
      console.error(`unknown or incomplete option ${argv[i]}\n${USAGE}`);
      return 2;
    }
    opts[argv[i].slice(2)] = argv[i + 1];
  }
  const plans = Number(opts.plans);
  const seed = Number(opts.seed ?? 1);
  if (!Number.isInteger(plans) || plans < 1 || plans > NATIONAL_PLANS) {
    console.error(`--plans must be an integer from 1 to ${NATIONAL_PLANS}, got ${opts.plans}\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error(`--seed must be an integer, got ${opts.seed}\n${USAGE}`);
    return 2;
  }
  const transforms = opts.transforms ?? "none";
  if (transforms !== "none" && transforms !== "mixed") {
    console.error(`--transforms must be none or mixed, got ${transforms}\n${USAGE}`);
    return 2;
  }
  const outDir = path.resolve(opts.out ?? path.join(PROJECT_ROOT, "generated"));
  const started = Date.now();
  const truth = generateCorpus({
    plans,
    seed,
    outDir,
    seedsDir: path.join(PROJECT_ROOT, "seeds"),
    transforms,
    progress: (done, total) => {
      if (done % 100 === 0 || done === total) process.stderr.write(`[generate] ${done}/${total} documents\n`);
    },
  });
  const links = truth.documents.reduce((n, d) => n + d.links.length, 0);
  console.log(`${truth.documents.length} documents and truth.json (${links} lineage links) in ${path.relative(process.cwd(), outDir) || "."} (${Date.now() - started} ms)`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
