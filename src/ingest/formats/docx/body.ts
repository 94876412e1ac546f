import type { RemovalLog } from "../types";
import type { Numbering, NumberingRef } from "./numbering";
import type { StyleNumbering } from "./styles";
import { child, childElements, val, type XmlElement } from "./xml";

export interface BodyContext {
  numbering: Numbering;
  styles: StyleNumbering;
  removed: RemovalLog;
}

/**
 * The document body as printed lines: each paragraph a line, led by its automatic
 * number as Word prints it; each table row one line of tab-separated cells, a cell
 * spanning columns printed once with the columns it covers left empty.
 */
export function bodyLines(body: XmlElement, ctx: BodyContext): string[] {
  const lines: string[] = [];
  const push = (line: string) => {
    if (line.trim() !== "") lines.push(line);
    else if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
  };
  const block = (el: XmlElement) => {
    switch (el.localName) {
      case "p":
        for (const line of paragraphText(el, ctx).split("\n")) push(line);
        break;
      case "tbl":
        push("");
        for (const row of tableRows(el, ctx)) push(row);
        push("");
        break;
      case "sdt":
        childElements(child(el, "sdtContent") ?? el).forEach(block);
        break;
      case "customXml":
        childElements(el).forEach(block);
        break;
    }
  };
  childElements(body).forEach(block);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function paragraphText(p: XmlElement, ctx: BodyContext): string {
  const pPr = child(p, "pPr");
  const numPr = child(pPr, "numPr");
  const ilvl = val(child(numPr, "ilvl"));
  const numId = val(child(numPr, "numId"));
  const ref: NumberingRef | undefined =
    numId !== undefined ? { numId, ilvl: Number(ilvl ?? 0) } : ctx.styles.resolve(val(child(pPr, "pStyle")), ilvl === undefined ? undefined : Number(ilvl));
  const text = inlineText(p, ctx);
  // numId 0 is Word's "numbering removed here".
  if (!ref || ref.numId === "0") return text;
  return ctx.numbering.next(ref) + text;
}

/** Runs and what wraps them (links, fields, insertions, content controls), in order. */
function inlineText(el: XmlElement, ctx: BodyContext): string {
  let out = "";
  for (const c of childElements(el)) {
    switch (c.localName) {
      case "t":
        out += c.textContent ?? "";
        break;
      case "tab":
      case "ptab":
        out += "\t";
        break;
      case "br":
        if (val(c, "type") !== "page" && val(c, "type") !== "column") out += "\n";
        break;
      case "cr":
        out += "\n";
        break;
      case "noBreakHyphen":
        out += "-";
        break;
      case "del":
      case "moveFrom":
        ctx.removed.add("deleted revision", c.textContent ?? "");
        break;
      case "pPr":
      case "rPr":
      case "instrText":
      case "delText":
      case "drawing":
      case "pict":
      case "object":
      case "footnoteReference":
      case "endnoteReference":
      case "commentReference":
        break;
      case "AlternateContent": {
        const choice = child(c, "Choice");
        if (choice) out += inlineText(choice, ctx);
        break;
      }
      default:
        // r, hyperlink, fldSimple, ins, moveTo, smartTag, sdt, sdtContent, customXml, …
        out += inlineText(c, ctx);
    }
  }
  return out;
}

function tableRows(tbl: XmlElement, ctx: BodyContext): string[] {
  const rows: string[] = [];
  for (const tr of childElements(tbl, "tr")) {
    const cells: string[] = [];
    const before = Number(val(child(child(tr, "trPr"), "gridBefore")) ?? 0);
    for (let i = 0; i < before; i++) cells.push("");
    for (const tc of cellsOf(tr)) {
      cells.push(cellText(tc, ctx));
      const span = Number(val(child(child(tc, "tcPr"), "gridSpan")) ?? 1);
      for (let i = 1; i < span; i++) cells.push("");
    }
    const line = cells.join("\t");
    if (line.replace(/\t/g, "").trim() !== "") rows.push(line);
  }
  return rows;
}

/** w:tc, also inside the content controls and custom XML a row may wrap its cells in. */
function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(tr)) {
    if (c.localName === "tc") out.push(c);
    else if (c.localName === "sdt") out.push(...cellsOf(child(c, "sdtContent") ?? c));
    else if (c.localName === "customXml") out.push(...cellsOf(c));
  }
  return out;
}

/** A cell's paragraphs (and nested tables) on one line, joined by a space: a tab would start a new cell. */
function cellText(tc: XmlElement, ctx: BodyContext): string {
  return bodyLines(tc, ctx)
    .filter((l) => l !== "")
    .join(" ")
    .replace(/\t/g, " ");
}
