import { titleKey } from "../../common/text-keys";
import type { Citation, CitationRole } from "../model";
import type { Paragraph } from "../normalize/paragraphs";
import { DOC_NUMBER } from "./cover";
import { joinBrokenLines } from "./title";

/** Words that introduce the documents a plan is based on, in its preamble. */
const BASIS = /依据|根据|贯彻落实|贯彻|落实|按照|遵照|依照/g;
/** Words with which the text carries a document out (贯彻落实《条例》, 按照《办法》要求). */
const CARRY_OUT = /贯彻落实|贯彻|落实|执行|实施|按照|依据|根据|遵照|依照/g;
const BOOK = /《([^《》]+)》/g;
/** `(中发〔2020〕5号)` printed right after a title. */
const NUMBER_AFTER = new RegExp(String.raw`^\s*[(]\s*(${DOC_NUMBER.source})\s*[)]`);

/**
 * Every document a plan names (`《…》`), each with its role and where it is printed:
 * - BASIS: named in the preamble after a basis word (依据, 根据, 贯彻落实, 按照 …) in the
 *   same sentence, however the titles are chained (`《A》《B》`, `《A》、《B》`, `《A》和《B》`);
 *   the plan's own statement of what it rests on;
 * - IMPLEMENTS: named elsewhere after a word that carries it out (贯彻落实, 执行, 按照 …);
 * - MENTIONED: any other naming (国家先后印发《…》).
 * Each with its 文号 when one is printed right after it. The plan's own title (the cover
 * notice's 关于印发《…》) is not a reference. Titles are kept as printed (original
 * script), except for a line or page break inside the brackets.
 */
export function findReferences(preamble: Paragraph[], rest: Paragraph[], ownTitle: string): Citation[] {
  const own = titleKey(ownTitle);
  const out: Citation[] = [];
  for (const [paras, cue, role] of [
    [preamble, BASIS, "BASIS"],
    [rest, CARRY_OUT, "IMPLEMENTS"],
  ] as const) {
    for (const p of paras) {
      let sentenceStart = 0;
      for (const sentence of p.text.split(/(?<=。)/)) {
        const cueAt = [...sentence.matchAll(cue)][0]?.index;
        for (const book of sentence.matchAll(BOOK)) {
          const start = sentenceStart + book.index!;
          let end = start + book[0].length;
          const number = NUMBER_AFTER.exec(p.text.slice(end));
          if (number) end += number[0].length;
          const title = joinBrokenLines(p.printed(start + 1, start + book[0].length - 1));
          if (titleKey(title) === own) continue;
          const numberAt = number ? end - number[0].length + number[0].indexOf(number[1]) : 0;
          out.push({
            title,
            docNumber: number ? p.printed(numberAt, numberAt + number[1].length).replace(/\s+/g, "") : undefined,
            role: (cueAt !== undefined && cueAt < book.index! ? role : "MENTIONED") as CitationRole,
            source: p.span(start, end),
          });
        }
        sentenceStart += sentence.length;
      }
    }
  }
  return out.sort((a, b) => a.source.startOffset - b.source.startOffset);
}
