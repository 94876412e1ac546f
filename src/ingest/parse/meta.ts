import type { PlanMeta, RegionRef, Warning } from "../model";
import { IngestError } from "../normalize/errors";
import type { Paragraph } from "../normalize/paragraphs";
import type { SourceText } from "../normalize/source-text";
import { findReferences } from "./citations";
import { readCover } from "./cover";
import { layout } from "./layout";
import { findPeriod } from "./period";
import { CHINA, findRegion, unknownLocalRegion } from "./regions";
import { kindOf, tidyTitle } from "./title";

/**
 * The plan's own facts: title and kind, region, 文号, issuer and date from the
 * cover notice, period, and the documents its preamble names as its basis.
 * Names that are matched across documents (region, issuer, 文号, kind) are
 * simplified; the title and cited titles stay as printed.
 */
export function parseMeta(source: SourceText, paras: Paragraph[]): { meta: PlanMeta; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const { title, cover, preamble, body, appendix } = layout(paras);
  if (!title) throw new IngestError(source.file, "no title found: no line ends in 规划/意见/方案… and no 关于印发…的通知 names one");
  const titleSpan = title.para.span(title.start, title.end);
  const normalizedTitle = title.para.text.slice(title.start, title.end);
  if (title.fromNotice) warnings.push({ line: title.para.line, message: "no title line of its own: the title is taken from the cover notice" });

  const facts = readCover(cover, paras);
  const region = regionOf(normalizedTitle, facts.issuer, title.para.line, warnings);
  const text = (ps: Paragraph[]) => ps.map((p) => p.text).join("\n");
  const period = findPeriod(normalizedTitle, text(preamble), text(body));
  if (period.periodEnd === undefined) warnings.push({ line: title.para.line, message: "no period: neither stated, nor a five-year plan in the title, nor a 到YYYY年 target" });

  const meta: PlanMeta = {
    title: tidyTitle(title.para.printed(title.start, title.end)),
    kind: kindOf(normalizedTitle) ?? "文件",
    region,
    docNumber: facts.docNumber,
    issuer: facts.issuer,
    issuedDate: facts.issuedDate,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    cites: findReferences(preamble, [...body, ...appendix], titleSpan.text),
    source: titleSpan,
  };
  return { meta, warnings };
}

function regionOf(title: string, issuer: string | undefined, line: number, warnings: Warning[]): RegionRef {
  const known = findRegion(title) ?? (issuer ? findRegion(issuer) : undefined);
  if (known) return known;
  const local = unknownLocalRegion(title);
  if (local) {
    warnings.push({ line, message: `region ${local.name} is not in regions.ts: add it to CITY_PROVINCE to link it to its province` });
    return local;
  }
  warnings.push({ line, message: "the title names no region: taken as a national document (中国)" });
  return CHINA;
}
