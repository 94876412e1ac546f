import type { Paragraph } from "../normalize/paragraphs";
import { chineseNumber } from "./numbering";

/**
 * What a cover notice (the `关于印发…的通知` in front of a plan) prints: the
 * document number, the issuing body and the date. Read from the paragraphs before
 * the plan's own title, so that the numbers of cited documents are never taken.
 */

/** 清医保办〔2021〕87号, 中发〔2020〕5号; brackets vary between 〔〕 [] 【】 (). */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔[【(]\s*\d{4}\s*[〕\]】)]\s*第?\s*\d+\s*号/;

const ORG = /(?:局|厅|委|委员会|政府|办公室|办公厅|部|院|中心|小组)$/;
const DATE = /^(\d{4}|[一二三四五六七八九〇零]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日$/;
/** The print line at the end of an official document: `2021年11月12日印发`. */
const PRINTED_ON = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印发$/;

export interface CoverFacts {
  docNumber?: string;
  issuer?: string;
  issuedDate?: string;
}

/**
 * The cover's facts as printed (a traditional document's 文号 stays 清醫保辦〔2021〕87號);
 * they are matched on their folded form elsewhere.
 */
export function readCover(cover: Paragraph[], all: Paragraph[]): CoverFacts {
  const facts: CoverFacts = {};
  for (const p of cover) {
    const m = DOC_NUMBER.exec(p.text);
    if (m && p.text.length <= m[0].length + 4) {
      facts.docNumber = p.printed(m.index, m.index + m[0].length).replace(/\s+/g, "");
      break;
    }
  }
  facts.issuer = noticeIssuer(cover) ?? signature(cover) ?? letterhead(cover);
  const dated = cover.map((p) => isoDate(p.text.replace(/\s+/g, ""))).find((d) => d !== undefined);
  facts.issuedDate = dated ?? printedOn(all);
  return facts;
}

/** `清远市医疗保障局关于印发《…》的通知` → 清远市医疗保障局. */
function noticeIssuer(cover: Paragraph[]): string | undefined {
  for (const p of cover) {
    const m = /^(\S{2,30}?)关于(?:印发|转发)/.exec(compact(p.text));
    if (m && ORG.test(m[1])) return printedCompact(p, 0, m[1].length);
  }
  return undefined;
}

/** The body that signs the notice: a short name ending like an organization, right above the date. */
function signature(cover: Paragraph[]): string | undefined {
  for (let i = 0; i + 1 < cover.length; i++) {
    const name = compact(cover[i].text);
    if (name.length <= 24 && ORG.test(name) && !/[,。:;]/.test(name) && isoDate(compact(cover[i + 1].text))) return printedCompact(cover[i], 0, name.length);
  }
  return undefined;
}

/** `江西省人民政府办公厅文件` → 江西省人民政府办公厅. */
function letterhead(cover: Paragraph[]): string | undefined {
  for (const p of cover) {
    const m = /^(\S{2,30}?)文件$/.exec(compact(p.text));
    if (m && ORG.test(m[1])) return printedCompact(p, 0, m[1].length);
  }
  return undefined;
}

function printedOn(all: Paragraph[]): string | undefined {
  for (let i = all.length - 1; i >= 0; i--) {
    const m = PRINTED_ON.exec(all[i].text.replace(/\s+/g, ""));
    if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return undefined;
}

/** `2021年12月31日` or `二〇二一年十二月三十一日` → `2021-12-31`. */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [m[1], m[2], m[3]].map((part) => (/^\d+$/.test(part) ? Number(part) : chineseNumber(part)));
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  return iso(y, mo, d);
}

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Characters `from`..`to` of the paragraph's text with its whitespace removed, as printed (whitespace removed too). */
function printedCompact(p: Paragraph, from: number, to: number): string {
  const at: number[] = [];
  for (let i = 0; i < p.text.length; i++) if (!/\s/.test(p.text[i])) at.push(i);
  return compact(p.printed(at[from], at[to - 1] + 1));
}
