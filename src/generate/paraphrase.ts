import { LEAD_PHRASE } from "./bank";
import type { GenRegion } from "./model";
import { Rng } from "./random";

/**
 * Light rewording of an upstream plan's text, the way a lower level restates it:
 * its own region words (全国 → 全省, 健康中国 → 健康河北), a verb swapped for its
 * near-synonym, a sentence dropped or moved, a local sentence added. Enough that
 * lineage cannot match by string equality; not so much that a reader would
 * doubt which upstream task a task carries out.
 */

const SYNONYMS: [string, string][] = [
  ["完善", "健全"],
  ["推进", "推动"],
  ["加强", "强化"],
  ["建立", "构建"],
  ["提高", "提升"],
  ["积极", "大力"],
  ["逐步", "稳步"],
  ["全面", "深入"],
];
const SWAP = new Map(SYNONYMS.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
const SYNONYM_RE = new RegExp([...SWAP.keys()].join("|"), "g");

/** The parent's words for itself become the child's. */
export function localize(text: string, from: GenRegion, to: GenRegion): string {
  let out = text.split(from.whole).join(to.whole).split(from.self).join(to.self);
  if (from.short.length >= 2 && from.short !== to.short) out = out.split(`健康${from.short}`).join(`健康${to.short}`);
  return out;
}

export function swapSynonyms(text: string, rng: Rng, p: number): string {
  return text.replace(SYNONYM_RE, (w) => (rng.chance(p) ? SWAP.get(w)! : w));
}

export function sentencesOf(body: string): string[] {
  return body.split(/(?<=。)/).filter((s) => s.trim());
}

/** A task's body restated: sentences dropped (at least one kept) or swapped, verbs varied, maybe a local sentence. */
export function rewordBody(body: string, from: GenRegion, to: GenRegion, rng: Rng): string {
  let sentences = sentencesOf(localize(body, from, to));
  if (sentences.length > 2) sentences = sentences.filter((_, i) => i === 0 || !rng.chance(0.15));
  if (sentences.length > 2 && rng.chance(0.25)) {
    const i = rng.int(1, sentences.length - 2);
    [sentences[i], sentences[i + 1]] = [sentences[i + 1], sentences[i]];
  }
  let out = swapSynonyms(sentences.join(""), rng, 0.25);
  if (rng.chance(0.25)) out += localSentence(to, rng);
  return out;
}

/** A lead phrase restated; stays a lead phrase the parser recognizes. */
export function rewordTitle(title: string, from: GenRegion, to: GenRegion, rng: Rng): string {
  let out = localize(title, from, to);
  if (rng.chance(0.35)) out = swapSynonyms(out, rng, 0.6);
  if (rng.chance(0.1) && !/^(进一步|持续)/.test(out)) out = rng.pick(["进一步", "持续"]) + out;
  return LEAD_PHRASE.test(out) ? out : title;
}

const LOCAL = [
  (r: GenRegion) => `结合${r.self}实际,细化落实措施,明确时间表和路线图。`,
  (r: GenRegion, y: number) => `${y}年底前,${r.whole}出台具体实施办法。`,
  (r: GenRegion) => `到2025年,${r.whole}相关工作取得明显成效。`,
  (r: GenRegion) => `建立工作台账,定期调度${r.whole}推进情况,确保任务落地见效。`,
  (r: GenRegion, y: number) => `力争${y}年实现${r.whole}全覆盖。`,
];

function localSentence(r: GenRegion, rng: Rng): string {
  return rng.pick(LOCAL)(r, rng.int(2022, 2024));
}
