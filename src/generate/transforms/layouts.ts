import { toSimplified, toTraditional } from "../../common/text-keys";
import { LineWriter, perLine, splitLines, type Transform } from "./line-map";

/**
 * Layout transforms of a whole document: each rewrites how the text is laid out
 * (line ends, byte-order mark, script, punctuation width, numbering punctuation,
 * markdown, PDF-like hard wraps with page furniture) and never what it says. The
 * reader must give the same model for the output as for the input. They work on
 * the text alone, with regular expressions over lines, never with the parser.
 */

export const crlf: Transform = {
  name: "crlf",
  apply(text) {
    const w = new LineWriter();
    splitLines(text).forEach((l, i) => w.emit(i + 1, [l]));
    return w.finish("\r\n");
  },
};

export const bom: Transform = {
  name: "bom",
  apply(text) {
    const w = new LineWriter();
    splitLines(text).forEach((l, i) => w.emit(i + 1, [i === 0 ? `\ufeff${l}` : l]));
    return w.finish();
  },
};

/** Share of CJK characters that simplified conversion changes: a traditional text has many. */
function traditionalShare(text: string): number {
  const simple = toSimplified(text);
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] < "\u4e00" || text[i] > "\u9fff") continue;
    cjk++;
    if (simple[i] !== text[i]) changed++;
  }
  return cjk ? changed / cjk : 0;
}

export const traditional = perLine("traditional", (l) => toTraditional(l));
export const simplified = perLine("simplified", (l) => toSimplified(l));

/** Into the other script: a simplified document into traditional, a traditional one into simplified. */
export const otherScript: Transform = {
  name: "other-script",
  apply(text) {
    return (traditionalShare(text) > 0.05 ? simplified : traditional).apply(text);
  },
};

const TO_FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！", "%": "％" };
const TO_HALF: Record<string, string> = Object.fromEntries(Object.entries(TO_FULL).map(([h, f]) => [f, h]));

/** Leading markup that a numbering mark may follow: `## `, `**`, `> `, indentation. */
const LEAD = /^(\s*(?:>\s*)*(?:#{1,6}\s+)?(?:\*\*)?)/;

/** Every half-width punctuation mark full-width, and the digits and dot of a line's number (`1.` → `１．`). */
export const fullWidth = perLine("full-width", (l) => {
  if (/<\/?\w+>/.test(l)) return l.replace(/[,;:?!%]/g, (c) => TO_FULL[c]);
  const lead = LEAD.exec(l)![1];
  const body = l.slice(lead.length).replace(/^(\d{1,2})\.(?!\d)/, (_m, n: string) => `${toFullDigits(n)}．`);
  return lead + body.replace(/[,;:()?!%]/g, (c) => TO_FULL[c]);
});

/** Every full-width punctuation mark and digit half-width. */
export const halfWidth = perLine("half-width", (l) =>
  l.replace(/[，；：（）？！％]/g, (c) => TO_HALF[c]).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, "."),
);

function toFullDigits(n: string): string {
  return n.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** Numbered items `1.` as `1、` (at the line start and after a unit clause's bracket). */
export const enumComma = perLine("enum-comma", (l) => {
  const lead = LEAD.exec(l)![1];
  return lead + l.slice(lead.length).replace(/^(\d{1,2})\s*[.．](?!\d)/, "$1、").replace(/([〕)）])(\d{1,2})[.．](?!\d)/g, "$1$2、");
});

/** Numbered items `1、` as `1.`. */
export const enumDot = perLine("enum-dot", (l) => {
  const lead = LEAD.exec(l)![1];
  return lead + l.slice(lead.length).replace(/^(\d{1,2})、/, "$1.").replace(/([〕)）])(\d{1,2})、/g, "$1$2.");
});

// ---------------------------------------------------------------------------
// Markdown.

const CN = "一二三四五六七八九十百零〇";
const CHAPTER = new RegExp(`^(?:第[${CN}\\d]+章|[${CN}]+、)`);
const SECTION = new RegExp(`^(?:第[${CN}\\d]+节|[(（][${CN}]+[)）])`);
const BOX = /^专栏\s*\d+/;
const ITEM = /^\d{1,2}\s*[.、．](?!\d)/;
const LEAD_PHRASE = /^((?:——)?)([^。,，;；:：!?！？]{2,30}。)/;
const SENTENCE_END = /[。;；]$/;

/** The line without markdown: heading marks, emphasis, indentation. */
function plain(line: string): { text: string; heading: boolean } {
  const heading = /^\s*#{1,6}\s/.test(line);
  return { text: line.replace(/^\s*#{1,6}\s+/, "").replace(/\*\*/g, "").trim(), heading };
}

function pipeRow(line: string): string {
  const cells = line.split("\t").map((c) => c.trim().replace(/\|/g, "\\|"));
  return `| ${cells.join(" | ")} |`;
}

/**
 * A markdown rendering as converters print it: 第X章 and 一、 headings as `#`,
 * 第X节 and (一) as `##`, other headings the text already marks as `###`; a tab
 * table as one pipe table (blank lines inside it gone, a separator row under its
 * first row); a 专栏 box and its numbered items as a `> ` blockquote with the box
 * title in bold; a paragraph's lead phrase in bold; indentation dropped.
 */
export const markdown: Transform = {
  name: "markdown",
  apply(text) {
    const lines = splitLines(text);
    const w = new LineWriter();
    let inTable = false;
    let box = false;
    let boxOpen = false;
    for (let i = 0; i < lines.length; i++) {
      const no = i + 1;
      const raw = lines[i];
      if (raw.includes("\t") && raw.replace(/\t/g, "").trim()) {
        w.emit(no, [pipeRow(raw.trim() === raw ? raw : raw.replace(/^ +| +$/g, ""))]);
        if (!inTable) {
          w.extra([`| ${raw.split("\t").map(() => "---").join(" | ")} |`]);
          inTable = true;
        }
        box = false;
        continue;
      }
      const { text: t, heading } = plain(raw);
      if (!t) {
        const nextFilled = lines.slice(i + 1).find((l) => l.trim());
        if (inTable && nextFilled?.includes("\t")) {
          w.emit(no, []);
          continue;
        }
        inTable = false;
        if (box && nextFilled !== undefined && inBox(plain(nextFilled), boxOpen)) {
          w.emit(no, [">"]);
          continue;
        }
        box = false;
        w.emit(no, [""]);
        continue;
      }
      inTable = false;
      if (BOX.test(t)) {
        box = true;
        boxOpen = false;
        w.emit(no, [`> **${t}**`]);
        continue;
      }
      if (box && inBox({ text: t, heading }, boxOpen)) {
        boxOpen = !SENTENCE_END.test(t);
        w.emit(no, [`> ${t}`]);
        continue;
      }
      box = false;
      if (t.length <= 40 && CHAPTER.test(t)) w.emit(no, [`# ${t}`]);
      else if (t.length <= 40 && SECTION.test(t)) w.emit(no, [`## ${t}`]);
      else if (heading) w.emit(no, [`### ${t}`]);
      else w.emit(no, [t.replace(LEAD_PHRASE, "$1**$2**")]);
    }
    return w.finish();
  },
};

/** A line that a box holds: a numbered item, or the rest of an item a page broke. */
function inBox(line: { text: string; heading: boolean }, itemOpen: boolean): boolean {
  if (line.heading || CHAPTER.test(line.text) || SECTION.test(line.text) || BOX.test(line.text)) return false;
  return ITEM.test(line.text) || itemOpen;
}

// ---------------------------------------------------------------------------
// PDF-like hard wraps.

/** Printed width: a CJK or full-width character is one em, a Latin letter, digit or space half. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 && !/[“”‘’—…]/.test(ch) ? 0.5 : 1;
  return w;
}

export interface WrapOptions {
  /** Line width in em. */
  width: number;
  /** Output lines per page. */
  pageLines: number;
  /** The running header printed at the top of every page after the first. */
  header: string;
  /** The page number line printed at the foot of every page. */
  folio: (page: number) => string;
}

/**
 * Text as a PDF-to-text conversion prints it: every line longer than the page
 * width broken into lines of that width (table rows and short lines stay whole), and
 * after every `pageLines` lines a page break: the page number and the running
 * header of the next page, on lines of their own next to the text, as pdftotext
 * prints them. Indentation is dropped.
 */
export function pdfWraps(options: WrapOptions): Transform {
  return {
    name: `pdf-wraps-${options.width}`,
    apply(text) {
      const w = new LineWriter();
      let page = 1;
      let onPage = 0;
      splitLines(text).forEach((raw, i) => {
        // A table row stays whole: a tab row is a row of cells, a markdown pipe row breaks if wrapped.
        const row = raw.includes("\t") || raw.trim().startsWith("|");
        const line = row ? raw : raw.trim();
        const pieces = row ? [line] : wrap(line, options.width);
        const out: string[] = [];
        for (const piece of pieces) {
          out.push(piece);
          if (++onPage >= options.pageLines) {
            out.push(options.folio(page), options.header);
            page++;
            onPage = 0;
          }
        }
        w.emit(i + 1, out);
      });
      return w.finish();
    },
  };
}

function wrap(line: string, width: number): string[] {
  if (visualWidth(line) <= width) return [line];
  const pieces: string[] = [];
  let piece = "";
  let w = 0;
  for (const ch of line) {
    const cw = visualWidth(ch);
    if (w + cw > width) {
      pieces.push(piece);
      piece = "";
      w = 0;
    }
    piece += ch;
    w += cw;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export const pdf36 = pdfWraps({ width: 36, pageLines: 40, header: "医疗保障政务公开", folio: (n) => `— ${n} —` });
export const pdf31 = pdfWraps({ width: 31, pageLines: 33, header: "医疗保障政务公开", folio: (n) => `- ${n} -` });
