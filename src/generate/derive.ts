import type { Bank } from "./bank";
import type { GenNode, GenRegion, LayoutName } from "./model";
import { localize, rewordBody, rewordTitle, swapSynonyms } from "./paraphrase";
import { Rng } from "./random";

/** Opinions (Tibet's layout) print no 专栏 boxes: their boxes are left out, with no lineage. */
const HAS_BOXES: Record<LayoutName, boolean> = { "chapter-section": true, "markdown-pdf": true, "numbered-opinion": false };

/**
 * A lower-level plan's outline derived from its parent's: each upstream item is
 * carried over reworded (its key kept as `origin`, the lineage truth) or left out;
 * tasks are sometimes reordered within their section; a few local tasks from other
 * seeds are added, with no origin. Chapters are always kept: they carry the rest.
 */
export function deriveOutline(parent: GenNode[], from: GenRegion, to: GenRegion, layout: LayoutName, bank: Bank, rng: Rng, faithful = false): GenNode[] {
  // The national plan restates its template whole; lower levels leave things out and add their own.
  const drop = (p: number) => !faithful && rng.chance(p);
  let n = 0;
  const key = () => `n${n++}`;
  const copy = (node: GenNode): GenNode => ({
    key: key(),
    kind: node.kind,
    title: node.kind === "TASK" ? rewordTitle(node.title, from, to, rng) : localize(node.title, from, to),
    body: node.kind === "TASK" || node.kind === "COLUMN_ITEM" ? rewordBody(node.body, from, to, rng) : swapSynonyms(localize(node.body, from, to), rng, 0.2),
    children: [],
    origin: node.key,
  });

  const chapters: GenNode[] = [];
  for (const chapter of parent) {
    const c = copy(chapter);
    for (const section of chapter.children) {
      if (section.kind !== "SECTION" || drop(0.03)) continue;
      const s = copy(section);
      for (const item of section.children) {
        if (item.kind === "TASK" && !drop(0.06)) s.children.push(copy(item));
        if (item.kind === "COLUMN" && HAS_BOXES[layout] && !drop(0.15)) {
          const box = copy(item);
          box.children = item.children.filter(() => !drop(0.08)).map(copy);
          if (box.children.length) s.children.push(box);
        }
      }
      if (s.children.length > 2 && !faithful && rng.chance(0.15)) swapTwoTasks(s.children, rng);
      c.children.push(s);
    }
    chapters.push(c);
  }
  if (!faithful) addLocalTasks(chapters, to, bank, rng, key);
  return chapters;
}

function swapTwoTasks(items: GenNode[], rng: Rng): void {
  const i = rng.int(0, items.length - 2);
  if (items[i].kind === "TASK" && items[i + 1].kind === "TASK") [items[i], items[i + 1]] = [items[i + 1], items[i]];
}

/** Two to eight tasks of the region's own, from the other seeds, each at the end of a random section. */
function addLocalTasks(chapters: GenNode[], to: GenRegion, bank: Bank, rng: Rng, key: () => string): void {
  const sections = chapters.flatMap((c) => c.children);
  if (!sections.length) return;
  const nation = { name: "", level: "NATIONAL", short: "", whole: "全国", self: "我国", unitPrefix: "" } as GenRegion;
  for (let i = rng.int(2, 8); i > 0; i--) {
    const extra = rng.pick(bank.pool);
    const section = rng.pick(sections);
    if (section.children.some((t) => t.title === extra.title)) continue;
    section.children.push({ key: key(), kind: "TASK", title: extra.title, body: rewordBody(extra.body, nation, to, rng), children: [] });
  }
}
