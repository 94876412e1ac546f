import type { DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];
export type ParentNode = DefaultTreeAdapterMap["parentNode"];

export const isElement = (node: Node): node is Element => "tagName" in node;
export const isText = (node: Node): node is DefaultTreeAdapterMap["textNode"] => node.nodeName === "#text";

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function children(node: Node): Node[] {
  return "childNodes" in node ? node.childNodes : [];
}

export function* elements(node: Node): Generator<Element> {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

export function findFirst(node: Node, tag: string): Element | undefined {
  for (const el of elements(node)) if (el.tagName === tag) return el;
  return undefined;
}

export function textContent(node: Node): string {
  if (isText(node)) return node.value;
  return children(node).map(textContent).join("");
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
export const cjkCount = (text: string): number => text.match(CJK)?.length ?? 0;
