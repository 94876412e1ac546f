import { findFurniture } from "../normalize/furniture";
import type { SourceText } from "../normalize/source-text";
import { IngestError } from "../normalize/errors";
import type { Marker } from "./numbering";

export type StyleName = "chapter-section" | "numbered-opinion" | "web-scrape" | "markdown-pdf";

/** Marks that open an item below a section. `lead` is a paragraph opening with a lead phrase (`完善医疗救助制度。…`). */
export type ItemMarker = Extract<Marker, "numDot" | "numParen" | "circled" | "dash"> | "lead";

/**
 * How one family of documents prints its outline. The engine (outline.ts) is
 * shared; a style only says which marks it uses for which level.
 */
export interface StyleConfig {
  chapter: Extract<Marker, "zhang" | "cnList">[];
  section: Extract<Marker, "jie" | "cnParen">[];
  /**
   * Marks that open tasks below a section. Nesting follows the order met in the
   * text: the first mark opens TASKs, a different mark under it opens SUBTASKs
   * (——bullet → 1. → (1)), and a mark already open closes back to its level.
   */
  items: ItemMarker[];
  /** Boxes printed without `专栏N`: a short line without punctuation, then its items (Jiangxi). */
  untitledBoxes: boolean;
  /** `…〕5.完善…`: a task number printed right after the previous task's text starts a new task (Tibet 4/5). */
  splitRunOnItems: boolean;
  /** Heading titles of the parts that describe rather than assign work: skipped with everything under them. */
  narrative: RegExp;
}

export interface Style {
  name: StyleName;
  description: string;
  config: StyleConfig;
  /** Decides from the document's own text, never from its file name. */
  matches(f: Features): boolean;
}

/** Counts taken once from a document, for detection and for the error message when nothing fits. */
export interface Features {
  chapters: number;
  sections: number;
  cnLists: number;
  cnParens: number;
  numDots: number;
  markdown: number;
  traditionalShare: number;
  furniture: number;
}

const NARRATIVE = /规划背景|发展基础|发展环境|发展形势|机遇|挑战|总体要求|总体思路|指导思想|基本原则|发展目标|主要目标|远景目标/;
const SUB: ItemMarker[] = ["numParen", "circled"];

export const STYLES: Style[] = [
  {
    name: "markdown-pdf",
    description: "markdown converted from a PDF: # levels are noise; 一、/(一)/1. numbering, ——bullets, 专栏 boxes (长春)",
    config: { chapter: ["cnList"], section: ["cnParen"], items: ["numDot", "dash", ...SUB], untitledBoxes: false, splitRunOnItems: false, narrative: NARRATIVE },
    matches: (f) => f.markdown >= 5 && f.cnLists >= 2 && f.chapters < 2,
  },
  {
    name: "web-scrape",
    description: "a web page in traditional script with page furniture; 第X章/第X节, ——lead phrase。 bullets with 1. 2. items (清远)",
    config: { chapter: ["zhang"], section: ["jie"], items: ["dash", "lead", "numDot", ...SUB], untitledBoxes: false, splitRunOnItems: false, narrative: NARRATIVE },
    matches: (f) => (f.traditionalShare >= 0.05 || f.furniture >= 2) && f.chapters >= 2,
  },
  {
    name: "chapter-section",
    description: "第X章/第X节 headings, lead-phrase paragraphs as tasks, 专栏N or untitled boxes (四川, 江西)",
    config: { chapter: ["zhang"], section: ["jie"], items: ["lead", "dash", "numDot", ...SUB], untitledBoxes: true, splitRunOnItems: false, narrative: NARRATIVE },
    matches: (f) => f.chapters >= 2 && f.sections >= 2,
  },
  {
    name: "numbered-opinion",
    description: "an opinion: 一、 parts, (一) groups, numbered tasks with 〔牵头单位…;责任单位…〕 clauses (西藏)",
    config: { chapter: ["cnList"], section: ["cnParen"], items: ["numDot", ...SUB], untitledBoxes: false, splitRunOnItems: true, narrative: NARRATIVE },
    matches: (f) => f.cnLists >= 2 && f.cnParens + f.numDots >= 3,
  },
];

export function features(source: SourceText): Features {
  const count = (re: RegExp) => source.lines.filter((l) => re.test(l.text)).length;
  let cjk = 0;
  let changed = 0;
  for (const line of source.lines) {
    for (let i = 0; i < line.text.length; i++) {
      const ch = line.text[i];
      if (ch < "\u4e00" || ch > "\u9fff") continue;
      cjk++;
      if (line.raw[line.map[i]] !== ch) changed++;
    }
  }
  return {
    chapters: count(/^第[一二三四五六七八九十]+章/),
    sections: count(/^第[一二三四五六七八九十]+节/),
    cnLists: count(/^[一二三四五六七八九十]+、/),
    cnParens: count(/^\([一二三四五六七八九十]+\)/),
    numDots: count(/^\d{1,2}\s*[.、](?!\d)/),
    markdown: source.lines.filter((l) => /^\s*#{1,6}\s|\*\*/.test(l.raw)).length,
    traditionalShare: cjk ? changed / cjk : 0,
    furniture: findFurniture(source.lines).length,
  };
}

/** The first style, in registry order (most specific first), whose signature the text shows. */
export function detectStyle(source: SourceText): Style {
  const f = features(source);
  const style = STYLES.find((s) => s.matches(f));
  if (style) return style;
  throw new IngestError(
    source.file,
    `no document style fits (found ${f.chapters} 第X章, ${f.sections} 第X节, ${f.cnLists} 一、, ${f.cnParens} (一), ` +
      `${f.numDots} numbered lines, ${f.markdown} markdown lines); known styles: ${STYLES.map((s) => s.name).join(", ")}`,
  );
}

export function styleByName(name: StyleName): Style {
  return STYLES.find((s) => s.name === name)!;
}
