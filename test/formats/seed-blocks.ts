/**
 * A seed's text as the blocks a publisher would lay out: paragraphs (with the
 * markdown heading level and **bold** / <sup> marks PDF converters left in the
 * seeds), runs of tab-separated lines as tables, and the outline numbers (一、 （一）
 * 1. （1） ①) that a Word document would carry as automatic numbering.
 */
export type Block =
  | { kind: "paragraph"; inline: Inline[]; heading?: number; number?: OutlineNumber; joined: boolean }
  | { kind: "table"; rows: Inline[][][] };

/** A run of text with the only marks the seeds use. */
export interface Inline {
  text: string;
  bold?: boolean;
  sup?: boolean;
}

/** A printed outline number: its level in the Chinese outline (0 第X章 … 6 ①), its value, and the marker's shape. */
export interface OutlineNumber {
  level: number;
  value: number;
  /** The marker with the number as %1, as Word's lvlText writes it: "%1、", "（%1）", "%1.". */
  shape: string;
  /** What separates the marker from the text in the seed: "" or " ". */
  gap: string;
}

export function seedBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let previousBlank = true;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") {
      previousBlank = true;
      continue;
    }
    if (line.includes("\t")) {
      const last = blocks[blocks.length - 1];
      const cells = line.split("\t").map(inlineOf);
      if (last?.kind === "table" && !previousBlank) last.rows.push(cells);
      else blocks.push({ kind: "table", rows: [cells] });
    } else {
      const heading = /^(#{1,6})\s+/.exec(line);
      const body = heading ? line.slice(heading[0].length) : line.trim();
      const number = outlineNumber(body.replace(/\*\*/g, ""));
      const inline = inlineOf(number ? stripMarker(body, number) : body);
      blocks.push({ kind: "paragraph", inline, ...(heading ? { heading: heading[1].length } : {}), ...(number ? { number } : {}), joined: !previousBlank });
    }
    previousBlank = false;
  }
  return blocks;
}

/** `**bold**` and `<sup>①</sup>` as marks; everything else is text. */
export function inlineOf(s: string): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  for (const part of s.split(/(\*\*|<sup>.*?<\/sup>)/)) {
    if (part === "**") bold = !bold;
    else if (part.startsWith("<sup>")) out.push({ text: part.slice(5, -6), sup: true, ...(bold ? { bold } : {}) });
    else if (part !== "") out.push({ text: part, ...(bold ? { bold } : {}) });
  }
  return out;
}

export const plain = (inline: Inline[]): string => inline.map((r) => r.text).join("");

const CN = "〇一二三四五六七八九";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

function chineseValue(s: string): number | undefined {
  if (!/^[一二三四五六七八九十]+$/.test(s)) return undefined;
  if (s === "十") return 10;
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? CN.indexOf(s) : undefined;
  const tens = ten === 0 ? 1 : CN.indexOf(s[0]);
  const ones = ten === s.length - 1 ? 0 : CN.indexOf(s[ten + 1]);
  return tens * 10 + ones;
}

/** The outline markers of Chinese government documents, by level: 第一章, 第一节, 一、, （一）, 1., （1）, ①. */
export function outlineNumber(s: string): OutlineNumber | undefined {
  let m = /^第([一二三四五六七八九十]+)([章节])(\s?)/.exec(s);
  if (m && chineseValue(m[1])) return { level: m[2] === "章" ? 0 : 1, value: chineseValue(m[1])!, shape: `第%1${m[2]}`, gap: m[3] };
  m = /^([一二三四五六七八九十]+)、(\s?)/.exec(s);
  if (m && chineseValue(m[1])) return { level: 2, value: chineseValue(m[1])!, shape: "%1、", gap: m[2] };
  m = /^([（(])([一二三四五六七八九十]+)([）)])(\s?)/.exec(s);
  if (m && chineseValue(m[2])) return { level: 3, value: chineseValue(m[2])!, shape: `${m[1]}%1${m[3]}`, gap: m[4] };
  m = /^(\d{1,2})([.．、])(?!\d)(\s?)/.exec(s);
  if (m) return { level: 4, value: Number(m[1]), shape: `%1${m[2]}`, gap: m[3] };
  m = /^([（(])(\d{1,2})([）)])(\s?)/.exec(s);
  if (m) return { level: 5, value: Number(m[2]), shape: `${m[1]}%1${m[3]}`, gap: m[4] };
  m = /^([①-⑳])(\s?)/.exec(s);
  if (m) return { level: 6, value: CIRCLED.indexOf(m[1]) + 1, shape: "%1", gap: m[2] };
  return undefined;
}

/** The paragraph's text without its printed marker (bold marks around the marker go with it). */
function stripMarker(body: string, n: OutlineNumber): string {
  const lead = body.startsWith("**") ? "**" : "";
  const rest = lead ? body.slice(2) : body;
  const markerLength = printedMarker(n).length + n.gap.length;
  return lead + rest.slice(markerLength);
}

export function printedMarker(n: OutlineNumber): string {
  const value = n.level <= 3 ? chinese(n.value) : n.level === 6 ? CIRCLED[n.value - 1] : String(n.value);
  return n.shape.replace("%1", value);
}

function chinese(n: number): string {
  if (n < 10) return CN[n];
  if (n === 10) return "十";
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ""}`;
}
