import { conceptsIn, isBlockingConcept } from "./lexicon";
import { cleanText } from "./tokenize";

interface OutlineItem {
  kind: string;
  title: string;
  text: string;
}

/** A lead phrase: a short name without a clause break, the item's text going on after it. */
const CLAUSE_BREAK = /[,;:，；：]/;

/**
 * Whether a 专栏 item is a step of its box's one project rather than a project of its own.
 * Plans print two kinds of box: a named project whose items are its steps and milestones
 * (专栏1 DRG 付费方式改革评估工程: 2021年出台…, 2023年建成…; 专栏7 长期护理保险失能等级评定项目),
 * and a list of projects, each item opening with its own name (专栏9 智慧医保建设项目: 1. 全省医保
 * 信息平台。…; 2. 全省医疗保障云监管平台。…). An item without a name of its own (one sentence, or a
 * first clause that runs on after a comma) is a step; a named item is a step only when its
 * name restates the box's subject (a specific concept of the box's title: 异地就医 items of the
 * 异地就医直接结算推进工程).
 */
export function isProjectStep(item: OutlineItem, box: OutlineItem): boolean {
  if (item.kind !== "COLUMN_ITEM" || box.kind !== "COLUMN") return false;
  const title = cleanText(item.title);
  const text = cleanText(item.text || item.title);
  const named = !CLAUSE_BREAK.test(title) && text.replace(/。$/, "").length > title.length + 1;
  if (!named) return true;
  const subject = conceptsIn(cleanText(box.title)).filter(isBlockingConcept);
  return conceptsIn(title).some((c) => subject.includes(c));
}
