import type { Paragraph } from "../normalize/paragraphs";
import { matchMarker } from "./numbering";
import { findTitle, type TitleMatch } from "./title";

/**
 * The parts of a document around its outline: cover notice, title, table of
 * contents, preamble, and the end matter (抄送, the web page's 来源/发布 lines).
 */
export interface Layout {
  title?: TitleMatch;
  /** Paragraphs before the title: the cover notice and letterhead. */
  cover: Paragraph[];
  /** Between the title (and table of contents) and the first heading: where a plan names its basis. */
  preamble: Paragraph[];
  /** The outline proper: from the first heading to the end matter. */
  body: Paragraph[];
  /** The table of contents: left out, since the outline itself follows. */
  toc: Paragraph[];
  /** After the outline: 抄送 / 来源 / 发布 lines and what follows them. */
  end: Paragraph[];
  /** 附件 and what follows it: attached tables (a division of labour), read apart from the outline. */
  appendix: Paragraph[];
}

const TOC_HEAD = /^目\s*录$/;
const END_MATTER = /^(?:抄送|主送|来源|发布|责任编辑)\s*:/;
/** `附件`, `附件1`, `附件:重点任务分工表`, `附表2`: an attachment after the outline. */
const APPENDIX = /^附(?:件|表)\s*\d*\s*(?::|$|[\u4e00-\u9fff“《])/;

export function isHeading(text: string): boolean {
  const m = matchMarker(text);
  return m !== undefined && ["zhang", "jie", "cnList", "cnParen"].includes(m.marker);
}

/** A table-of-contents line: a heading followed by its page number (`第一节 发展基础	4`, `第一节 发展基础……4`). */
export function isTocEntry(text: string): boolean {
  return isHeading(text) && /(?:\s|[.…·]{2,}\s*)\d{1,3}$/.test(text);
}

export function layout(paras: Paragraph[]): Layout {
  const title = findTitle(paras);
  // A title found only inside a notice is not a line of its own: the body starts after the notice.
  const cover = title && !title.fromNotice ? paras.slice(0, title.index) : paras.slice(0, title ? title.index + 1 : 0);
  let i = title ? title.index + 1 : 0;
  const rest: Paragraph[] = [];
  const toc: Paragraph[] = [];
  const end: Paragraph[] = [];
  const appendix: Paragraph[] = [];
  let inToc = false;
  for (; i < paras.length; i++) {
    const text = paras[i].text;
    if (APPENDIX.test(text) && text.length <= 40 && rest.some((p) => isHeading(p.text))) {
      appendix.push(...paras.slice(i));
      break;
    }
    if (END_MATTER.test(text)) {
      // After the outline it ends the document; above it (a web page's 来源/发布 under the title) it is only skipped.
      if (rest.some((p) => isHeading(p.text))) {
        end.push(...paras.slice(i));
        break;
      }
      end.push(paras[i]);
      continue;
    }
    if (TOC_HEAD.test(text)) {
      inToc = true;
      toc.push(paras[i]);
      continue;
    }
    if ((inToc && isHeading(text)) || isTocEntry(text)) {
      toc.push(paras[i]);
      continue;
    }
    inToc = false;
    rest.push(paras[i]);
  }
  const firstHeading = rest.findIndex((p) => isHeading(p.text));
  const split = firstHeading < 0 ? rest.length : firstHeading;
  return { title, cover, preamble: rest.slice(0, split), body: rest.slice(split), toc, end, appendix };
}
