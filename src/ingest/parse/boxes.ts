import type { Draft } from "./nodes";
import { isBoxTitle, leadPhraseEnd, matchMarker, type MarkerMatch } from "./numbering";
import type { Open, OutlineWriter } from "./outline";
import type { Slice } from "./slices";

/** Items longer than this end an untitled box: box items are short, a lead-phrase task after the box is not. */
const BOX_ITEM_MAX = 120;
/** Untitled box titles are short; a line of about a full printed width (江西: 26–28) is a broken sentence. */
const BOX_TITLE_MAX = 24;
/** A numbered line this short that is all title (`5. 支持商业健康保险发展。`) heads a task; box items carry their content. */
const TITLE_ONLY_MAX = 30;

const ITEM_MARKS = new Set(["numDot", "numParen", "circled"]);

export interface OpenBox {
  draft: Draft;
  /** Printed without 专栏N: a short title line, then short paragraphs. */
  untitled: boolean;
  /** The title line was in a blockquote: the box is the quote and ends with it. */
  quoted: boolean;
  /** The box is a table (its title is the table's caption): it has rows, not items. */
  holdsTable: boolean;
  items: number;
  last?: Draft;
  lastNumber?: number;
  /** Every numbered item so far was a title line alone. */
  titleOnly: boolean;
}

/** A short line without sentence punctuation that can title a box printed without 专栏N. */
export function boxTitleAt(slice: Slice): boolean {
  return !slice.markdownHeading && slice.text.length <= BOX_TITLE_MAX && isBoxTitle(slice.text);
}

/**
 * What a 专栏 box holds. A box is a boxed list inside the text: its numbered items
 * (and the lines a page broke off them) until something that is not an item of
 * it, which is the first of: a heading or bullet mark, a paragraph opening with
 * a lead phrase, a markdown heading, the end of the blockquote the box was
 * printed in, a number that does not continue the box's count, or a title-only
 * numbered line that continues the count of the items open around the box.
 */
export class BoxReader {
  constructor(private readonly outline: OutlineWriter) {}

  open(draft: Draft, slice: Slice, untitled: boolean): OpenBox {
    return { draft, untitled, quoted: (slice.para.markup.quote ?? 0) > 0, holdsTable: slice.caption, items: 0, titleOnly: true };
  }

  /** True when the slice belongs to the box (and was added to it). */
  holds(box: OpenBox, slice: Slice, m: MarkerMatch | undefined, open: Open[]): boolean {
    const quoted = (slice.para.markup.quote ?? 0) > 0;
    if (box.quoted && !quoted) return false;
    if (slice.markdownHeading && !(box.quoted && quoted)) return false;
    const numbered = m !== undefined && ITEM_MARKS.has(m.marker);
    if (m && !numbered) return false;
    if (box.untitled) return this.untitledItem(box, slice, m);
    if (numbered) return this.numberedItem(box, slice, m!, open);
    if (!(box.quoted && quoted) && leadPhraseEnd(slice.text) >= 0) return false;
    (box.last ?? box.draft).slices.push(slice);
    return true;
  }

  private numberedItem(box: OpenBox, slice: Slice, m: MarkerMatch, open: Open[]): boolean {
    const continues = box.lastNumber === undefined ? m.value === 1 : m.value === box.lastNumber + 1;
    if (!continues) return false;
    const titleOnly = isTitleOnly(slice, m);
    // The next number of the items open around the box, printed the way they are (a title line alone, a
    // markdown heading or not), while the box's items carry their content: the box has ended.
    const outer = [...open].reverse().find((o) => o.family === m.marker);
    const outerNext = outer?.draft.number !== undefined && Number(outer.draft.number) + 1 === m.value;
    const likeOuter = outer !== undefined && outer.draft.slices[0].markdownHeading === slice.markdownHeading && isTitleOnly(outer.draft.slices[0], matchMarker(outer.draft.slices[0].text)!);
    if (!box.quoted && outerNext && likeOuter && titleOnly && !box.titleOnly) return false;
    box.items++;
    box.titleOnly &&= titleOnly;
    box.lastNumber = m.value;
    box.last = this.outline.add("COLUMN_ITEM", slice, m, box.draft, String(m.value));
    return true;
  }

  private untitledItem(box: OpenBox, slice: Slice, m: MarkerMatch | undefined): boolean {
    const longTask = !m && leadPhraseEnd(slice.text) >= 0 && slice.text.length > BOX_ITEM_MAX;
    if (longTask) return false;
    box.items++;
    const key = String(m?.value ?? this.outline.nextOrdinal(box.draft, "COLUMN_ITEM"));
    box.last = this.outline.add("COLUMN_ITEM", slice, m, box.draft, key, false, true);
    return true;
  }
}

function isTitleOnly(slice: Slice, m: MarkerMatch): boolean {
  const rest = slice.text.slice(m.contentStart);
  const stop = rest.indexOf("。");
  return rest.length <= TITLE_ONLY_MAX && (stop < 0 || stop === rest.length - 1);
}
