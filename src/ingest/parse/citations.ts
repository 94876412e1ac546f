import type { Citation } from "../model";
import type { Paragraph } from "../normalize/paragraphs";
import { DOC_NUMBER } from "./cover";
import { joinBrokenLines } from "./title";

/** Words that introduce the documents a plan is based on. */
const BASIS = /依据|根据|贯彻落实|贯彻|落实|按照|遵照|依照/g;
const BOOK = /《([^《》]+)》/g;
/** `(中发〔2020〕5号)` printed right after a title. */
const NUMBER_AFTER = new RegExp(String.raw`^\s*[(]\s*(${DOC_NUMBER.source})\s*[)]`);

/**
 * The documents a plan names as its basis: every `《…》` after a basis word
 * (依据, 根据, 贯彻落实, 按照 …) in the same sentence of the preamble, however they
 * are chained (`《A》《B》`, `《A》、《B》`, `《A》和《B》`), each with its 文号 when
 * one is printed right after it. Titles are kept as printed (original script),
 * except for a line or page break inside the brackets; the span keeps that too.
 */
export function findCitations(preamble: Paragraph[]): Citation[] {
  const cites: Citation[] = [];
  for (const p of preamble) {
    let sentenceStart = 0;
    for (const sentence of p.text.split(/(?<=。)/)) {
      const basis = [...sentence.matchAll(BASIS)][0];
      if (basis) {
        for (const book of sentence.matchAll(BOOK)) {
          if (book.index! < basis.index!) continue;
          const start = sentenceStart + book.index!;
          let end = start + book[0].length;
          const number = NUMBER_AFTER.exec(p.text.slice(end));
          if (number) end += number[0].length;
          const numberAt = number ? end - number[0].length + number[0].indexOf(number[1]) : 0;
          cites.push({
            title: joinBrokenLines(p.printed(start + 1, start + book[0].length - 1)),
            docNumber: number ? p.printed(numberAt, numberAt + number[1].length).replace(/\s+/g, "") : undefined,
            source: p.span(start, end),
          });
        }
      }
      sentenceStart += sentence.length;
    }
  }
  return cites;
}
