import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

export type { XmlElement };

export function parseXml(xml: string): XmlElement | undefined {
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, "application/xml");
    return doc.documentElement ?? undefined;
  } catch {
    return undefined;
  }
}

/** Child elements by local name: WordprocessingML is read by local name, whatever prefix a writer chose. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!name || (n as XmlElement).localName === name)) out.push(n as XmlElement);
  }
  return out;
}

export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el ? childElements(el, name)[0] : undefined);

/** The w:val (or other) attribute, by local name. */
export function val(el: XmlElement | undefined, name = "val"): string | undefined {
  if (!el) return undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && (a.localName === name || a.name === name)) return a.value;
  }
  return undefined;
}

export function* descendants(el: XmlElement, name: string): Generator<XmlElement> {
  for (const c of childElements(el)) {
    if (c.localName === name) yield c;
    yield* descendants(c, name);
  }
}
