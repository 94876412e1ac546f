import { children, cjkCount, elements, isElement, isText, type Element, type Node } from "./dom";
import { furnitureRule } from "./furniture";

interface Weight {
  /** CJK characters in the element's readable text (furniture excluded). */
  cjk: number;
  /** Of those, the characters inside links: navigation and "related" lists are mostly links. */
  linked: number;
}

/**
 * The element that holds the document a page publishes. Government pages wrap the
 * text in banners, menus, breadcrumbs, "related documents" and sometimes a second
 * document (a 政策解读 beside the policy). The text is where the paragraphs are: the
 * element whose own paragraphs hold the most Chinese text wins, as readability
 * tools judge it, unless a single <article> or <main> already holds most of it.
 * From there we widen to enclosing elements while what they add is small (a title,
 * a date line, a document number), and stop before a substantial sibling block.
 */
export function mainArticle(body: Element): Element {
  const weights = new Map<Node, Weight>();
  const weigh = (node: Node, inLink: boolean): Weight => {
    if (isText(node)) {
      const cjk = cjkCount(node.value);
      return { cjk, linked: inLink ? cjk : 0 };
    }
    if (isElement(node) && furnitureRule(node)) return { cjk: 0, linked: 0 };
    const linkHere = inLink || (isElement(node) && node.tagName === "a");
    const sum = { cjk: 0, linked: 0 };
    for (const child of children(node)) {
      const w = weigh(child, linkHere);
      sum.cjk += w.cjk;
      sum.linked += w.linked;
    }
    weights.set(node, sum);
    return sum;
  };
  const total = weigh(body, false);
  const weight = (node: Node): Weight => weights.get(node) ?? { cjk: 0, linked: 0 };

  const landmarks = [...elements(body)].filter((el) => (el.tagName === "article" || el.tagName === "main") && !furnitureRule(el));
  const heavy = landmarks.filter((el) => weight(el).cjk >= total.cjk / 2);
  if (heavy.length > 0) return heavy[heavy.length - 1]; // the innermost of nested landmarks that hold most of the text

  let best: Element = body;
  let bestScore = 0;
  for (const [node, score] of paragraphScores(body, weight)) {
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return widen(best, body, weight);
}

const PARAGRAPH_HOLDERS = new Set(["div", "td", "section", "article", "main", "body", "center", "font", "span", "blockquote"]);

/** For each element, the Chinese text in the paragraphs that are its direct children (or its own direct text). */
function paragraphScores(body: Element, weight: (n: Node) => Weight): Map<Element, number> {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, n: number) => {
    if (el && n > 0) scores.set(el, (scores.get(el) ?? 0) + n);
  };
  for (const el of elements(body)) {
    if (furnitureRule(el)) continue;
    const w = weight(el);
    const own = w.cjk - w.linked;
    if (el.tagName === "p" || /^h[1-6]$/.test(el.tagName)) add(parentElement(el), own);
    else if (PARAGRAPH_HOLDERS.has(el.tagName)) add(el, children(el).filter(isText).reduce((n, t) => n + cjkCount(t.value), 0));
  }
  return scores;
}

/** More Chinese text than a title, a date line and a document number together: another block of text. */
const SUBSTANTIAL = 80;

function widen(start: Element, body: Element, weight: (n: Node) => Weight): Element {
  let current = start;
  while (current !== body) {
    const parent = parentElement(current);
    if (!parent) break;
    const substantial = children(parent).some((sibling) => {
      if (sibling === current) return false;
      const w = weight(sibling);
      return w.cjk - w.linked > SUBSTANTIAL;
    });
    if (substantial) break;
    current = parent;
  }
  return current;
}

function parentElement(node: Node): Element | null {
  const parent = "parentNode" in node ? node.parentNode : null;
  return parent && isElement(parent as Node) ? (parent as Element) : null;
}
