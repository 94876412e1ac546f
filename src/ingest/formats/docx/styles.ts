import type { NumberingRef } from "./numbering";
import { child, childElements, val, type XmlElement } from "./xml";

/**
 * Numbering that paragraphs take from their style: documents made from a template
 * number 一、 through the "Heading 1" style, not on each paragraph. Styles inherit
 * through w:basedOn.
 */
export class StyleNumbering {
  private readonly byStyle = new Map<string, { numPr?: XmlElement; basedOn?: string }>();

  constructor(stylesXml: XmlElement | undefined) {
    if (!stylesXml) return;
    for (const style of childElements(stylesXml, "style")) {
      const id = val(style, "styleId");
      if (!id) continue;
      this.byStyle.set(id, { numPr: child(child(style, "pPr"), "numPr"), basedOn: val(child(style, "basedOn")) });
    }
  }

  /** The style's numbering, with `ilvl` from the paragraph when it gives one. */
  resolve(styleId: string | undefined, ilvl: number | undefined): NumberingRef | undefined {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = this.byStyle.get(id)?.basedOn) {
      seen.add(id);
      const numPr = this.byStyle.get(id)?.numPr;
      const numId = val(child(numPr, "numId"));
      if (numId !== undefined) return { numId, ilvl: ilvl ?? Number(val(child(numPr, "ilvl")) ?? 0) };
    }
    return undefined;
  }
}
