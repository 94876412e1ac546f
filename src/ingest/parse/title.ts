import type { Paragraph } from "../normalize/paragraphs";

/** Kinds of policy documents, longest first so that 实施意见 wins over 意见. */
const KINDS = ["实施意见", "指导意见", "意见", "实施方案", "行动方案", "工作方案", "方案", "规划", "纲要", "行动计划", "计划", "办法", "决定"];
const YEARS = String.raw`(?:\(\d{4}\s*[-—~至]+\s*\d{4}年?\))?`;
const KIND_AT_END = new RegExp(`(${KINDS.join("|")})${YEARS}$`);
const NOTICE = /印发|转发|通知$/;
/** `关于印发《X》的通知` or `关于印发X的通知`. */
const NOTICE_OF = /关于(?:印发|转发)\s*《?(.+?)》?\s*的通知$/;

export interface TitleMatch {
  /** Index of the title paragraph in the paragraph list. */
  index: number;
  para: Paragraph;
  start: number;
  end: number;
  /** True when the document prints no title of its own and the notice's title names it. */
  fromNotice: boolean;
}

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

export function isTitleLine(text: string): boolean {
  const c = compact(text);
  return c.length >= 6 && c.length <= 60 && !/[。,;!?]/.test(c) && !NOTICE.test(c) && KIND_AT_END.test(c);
}

/**
 * The document's own title: the first paragraph shaped like one (short, no
 * sentence punctuation, ends in a kind such as 规划 or 实施意见), which skips a
 * cover notice's `关于印发…的通知` and its letterhead. Falls back to the name the
 * notice gives, for documents printed without a title line of their own.
 */
export function findTitle(paras: Paragraph[]): TitleMatch | undefined {
  const index = paras.findIndex((p) => isTitleLine(p.text));
  if (index >= 0) return { index, para: paras[index], start: 0, end: paras[index].text.length, fromNotice: false };
  for (let i = 0; i < paras.length; i++) {
    const m = NOTICE_OF.exec(paras[i].text);
    if (!m) continue;
    const start = paras[i].text.indexOf(m[1], m.index);
    return { index: i, para: paras[i], start, end: start + m[1].length, fromNotice: true };
  }
  return undefined;
}

/** The kind the title ends in: 规划, 实施意见, 意见, 方案 … (simplified). */
export function kindOf(normalizedTitle: string): string | undefined {
  return KIND_AT_END.exec(compact(normalizedTitle))?.[1];
}

/**
 * A title as printed, without the spaces that layout put between characters
 * (`西藏自治区 关于…`, `发展 “十四五”规划`); a space between two Latin letters or digits stays.
 */
export function tidyTitle(printed: string): string {
  return dropLayoutSpace(printed.replace(/\*\*/g, "").trim(), /\s+/g);
}

/**
 * A title with the line and page breaks that layout put inside it removed
 * (`《“十四五\n\n”全民医疗保障规划》`); spaces within a line are kept, since a cited
 * title prints some on purpose (《中共中央 国务院关于…》 names two issuers).
 */
export function joinBrokenLines(printed: string): string {
  return dropLayoutSpace(printed.trim(), /[^\S\n]*\n\s*/g);
}

/** Removes each `space` run, leaving one space where it separates two Latin letters or digits. */
function dropLayoutSpace(text: string, space: RegExp): string {
  return text.replace(space, (run, at: number, all: string) =>
    /[A-Za-z0-9]/.test(all[at - 1] ?? "") && /[A-Za-z0-9]/.test(all[at + run.length] ?? "") ? " " : "",
  );
}
