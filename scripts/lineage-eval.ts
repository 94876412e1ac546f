import { PROJECT_ROOT } from "../src/config";
import type { Score } from "../bench/lineage/evaluation";
import { pairKey } from "../bench/lineage/evaluation";
import { components } from "../src/lineage/groups/groups";
import { runImplementsBenchmark } from "../bench/lineage/implements-benchmark";
import { LINEAGE_PARAMS, LineageParams } from "../src/lineage/params";
import { crossValidate, evaluateParams, fitModel, linksAt, loadSeedSet, rankLinks, SeedSet } from "../bench/lineage/seed-benchmark";
import { crossValidateTopics, evaluateTopics, loadTopicSet } from "../bench/lineage/topic-eval";
import type { LinkScore } from "../bench/lineage/topics";

const USAGE = `usage: npm run lineage:eval [-- --fit]
  Scores SAME_TASK_AS on the labelled pairs of the five seeds (test/fixtures/lineage-pairs.json)
  and IMPLEMENTS on the generated province + city pair (test/fixtures/lineage/).
  --fit   refit the score model on the labelled set and print the coefficients and threshold to put in src/lineage/params.ts`;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (s: Score) =>
  [s.threshold.toFixed(2), s.predicted, s.tp, s.fp, s.unjudged, pct(s.precision), pct(s.recall), s.f1.toFixed(3)].map((c) => String(c).padStart(10)).join("");

function main(argv: string[]): number {
  const unknown = argv.filter((a) => a !== "--fit");
  if (unknown.length) {
    console.error(`unknown argument ${unknown.join(" ")}\n${USAGE}`);
    return 2;
  }
  let params: LineageParams = LINEAGE_PARAMS;
  const set = loadSeedSet(PROJECT_ROOT, params.model);
  console.log(`labelled set: ${set.truth.positives.size} true pairs, ${set.truth.negatives.size} judged negatives (closed world + hard negatives), over ${set.plans.length} plans`);
  if (argv.includes("--fit")) {
    const model = fitModel(set.pairs, set.truth);
    const { best } = evaluateParams(set, { ...params, model });
    params = { ...params, model, sameTaskThreshold: best.threshold, implementsThreshold: best.threshold };
    console.log(`\nfitted model (logistic regression on every judged candidate pair):`);
    console.log(`  model: ${JSON.stringify(Object.fromEntries(Object.entries(model).map(([k, v]) => [k, Math.round(v * 100) / 100])))}`);
    console.log(`  best-F1 threshold: ${best.threshold}`);
  }
  const { sweep, chosen } = evaluateParams(set, params);
  console.log(`\nSAME_TASK_AS threshold sweep (score = model probability; one-to-one per plan pair):`);
  console.log(["threshold", "links", "TP", "FP", "unjudged", "precision", "recall", "F1"].map((c) => c.padStart(10)).join(""));
  for (const s of sweep) console.log(`${row(s)}${s.threshold === params.sameTaskThreshold ? "   <- chosen" : ""}`);
  console.log(`\nat the chosen threshold ${params.sameTaskThreshold}: precision ${pct(chosen.precision)}, recall ${pct(chosen.recall)}, F1 ${chosen.f1.toFixed(3)}`);
  console.log(`  (${chosen.tp} true, ${chosen.fp} false, ${chosen.unjudged} links touching unlabelled tasks, not judged)`);
  const cv = crossValidate(set);
  console.log(`leave-one-plan-pair-out (model and threshold refitted without the held-out pair): precision ${pct(cv.precision)}, recall ${pct(cv.recall)}, F1 ${cv.f1.toFixed(3)}`);
  reportHardNegatives(set, params);
  reportGroups(set, params);
  reportTopics(params);
  const impl = runImplementsBenchmark(PROJECT_ROOT, params);
  console.log(`\nIMPLEMENTS on the generated 湖南省 → 长沙市 pair: ${impl.correct}/${impl.expected} expected links found, ${impl.found} made, ${impl.spurious} on city-only tasks; precision ${pct(impl.precision)}, recall ${pct(impl.recall)}`);
  return 0;
}

function reportHardNegatives(set: SeedSet, params: LineageParams): void {
  const linked = new Set(linksAt(rankLinks(set.pairs, params.model), params.sameTaskThreshold).map((l) => pairKey(l.a, l.b)));
  const hard = [...set.truth.reasons].filter(([k]) => set.truth.negatives.has(k));
  const hits = hard.filter(([k]) => linked.has(k));
  console.log(`hard negatives linked: ${hits.length} of ${hard.length}${hits.map(([k, why]) => `\n  ${k} (${why})`).join("")}`);
}

/** Groups over the seed links: pairs inside one group against the labelled truth. */
function reportGroups(set: SeedSet, params: LineageParams): void {
  const links = rankLinks(set.pairs, params.model).filter((c) => c.score >= params.sameTaskThreshold);
  const members = set.plans.flatMap((p) => p.tasks.map((t) => ({ id: t.task.id, planId: t.task.planId, title: t.task.title })));
  const groups = components(
    members,
    links.map((c) => ({ a: c.a.task.id, b: c.b.task.id, score: c.score, phrases: c.a.concepts.filter((k) => c.b.concepts.includes(k)) })),
  );
  let tp = 0;
  let fp = 0;
  for (const g of groups) {
    for (let i = 0; i < g.taskIds.length; i++) {
      for (let j = i + 1; j < g.taskIds.length; j++) {
        const k = pairKey(g.taskIds[i], g.taskIds[j]);
        if (set.truth.positives.has(k)) tp++;
        else if (set.truth.negatives.has(k)) fp++;
      }
    }
  }
  const sizes = groups.map((g) => g.taskIds.length);
  console.log(
    `\ngroups: ${groups.length} (sizes ${[2, 3, 4, 5].map((n) => `${sizes.filter((s) => s === n).length}×${n}`).join(", ")}); ` +
      `pairs inside a group: precision ${pct(tp / Math.max(1, tp + fp))}, recall ${pct(tp / set.truth.positives.size)}`,
  );
}

/**
 * Lineage at every grain against the hand-labelled topics (test/fixtures/lineage-topics.json): links of every
 * relation, by the kinds of the two items, groups, ELABORATES; then leave one plan pair out, the thresholds
 * calibrated on the other nine pairs.
 */
function reportTopics(params: LineageParams): void {
  const set = loadTopicSet(PROJECT_ROOT, params);
  const knobs = { sameThreshold: params.sameTaskThreshold, coversThreshold: params.coversThreshold, bestThreshold: params.bestMatchThreshold, cohesion: params.cohesion };
  const r = evaluateTopics(set, params, knobs);
  const line = (s: LinkScore) => `${s.links} links, precision ${pct(s.precision)} (${s.correct}/${s.judged} judged), recall ${pct(s.recall)} (${s.found}/${s.truePairs} same-topic pairs)`;
  console.log(`
labelled topics: ${new Set([...set.truth.topicsOf.values()].flatMap((m) => [...m.keys()])).size} topics over ${set.truth.topicsOf.size} items; ${set.truth.truePairs.size} cross-plan pairs of two full members`);
  console.log(`links of every relation at the configured thresholds: ${line(r.links)}; hard negatives linked: ${r.links.hardNegativesLinked}`);
  for (const [relation, s] of Object.entries(r.byRelation)) console.log(`  ${relation.padEnd(13)} ${s.links} links, precision ${pct(s.precision)} (${s.correct}/${s.judged})`);
  console.log(`recall by the kinds of the two items (pairs linked directly by any relation):`);
  for (const [kind, s] of Object.entries(r.byKind)) console.log(`  ${kind.padEnd(22)} ${pct(s.recall).padStart(6)} (${s.found}/${s.truePairs}); links ${s.links}, precision ${pct(s.precision)}`);
  console.log(`ELABORATES: ${r.elaborates.links} boxes joined to a task of their plan, ${r.elaborates.correct}/${r.elaborates.judged} judged on one topic`);
  console.log(`groups (topics): ${r.groupCount}; pairs inside a group: precision ${pct(r.groups.precision)} (${r.groups.correct}/${r.groups.judged}), recall ${pct(r.groups.recall)} (${r.groups.found}/${r.groups.truePairs})`);
  const cv = crossValidateTopics(set, params);
  console.log(`leave-one-plan-pair-out (thresholds calibrated on the other nine pairs): ${line(cv.links)}`);
  console.log(`  groups of those links: precision ${pct(cv.groups.precision)} (${cv.groups.correct}/${cv.groups.judged}), recall ${pct(cv.groups.recall)} (${cv.groups.found}/${cv.groups.truePairs})`);
}

process.exit(main(process.argv.slice(2)));
