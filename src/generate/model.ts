import type { RegionLevel } from "../ingest/model";

/** The seed families a generated document can be printed in (the parser's style names). */
export type LayoutName = "chapter-section" | "numbered-opinion" | "markdown-pdf";

/** Outline kinds the generator writes; the parser must read back exactly these. */
export type GenKind = "CHAPTER" | "SECTION" | "TASK" | "COLUMN" | "COLUMN_ITEM";

/**
 * One item of a generated plan's outline, before it is printed. `origin` is the
 * key of the upstream item it was derived from: that is the lineage truth.
 */
export interface GenNode {
  /** Unique within its plan. */
  key: string;
  kind: GenKind;
  /** The lead phrase (tasks) or heading (chapters, sections, boxes), without its number and final 。. */
  title: string;
  /** Sentences after the title; for headings an introduction paragraph, possibly empty. */
  body: string;
  children: GenNode[];
  origin?: string;
}

/** A region a generated plan is issued for, with the words its documents use for itself. */
export interface GenRegion {
  name: string;
  level: RegionLevel;
  /** 河北 for 河北省, 中国 for the nation: used in 健康河北 and the like. */
  short: string;
  /** 全省 / 全区 / 全市 / 全县 / 全国. */
  whole: string;
  /** 我省 / 我区 / 我市 / 我县 / 我国. */
  self: string;
  /** How its own departments are printed in unit clauses: 省 (省医保局), 区, 市, 县, or the full name. */
  unitPrefix: string;
  /** The subordinate governments a clause can name collectively: 各市(州)人民政府 … */
  below?: string;
  parent?: GenRegion;
}

export interface GenPlan {
  /** File name, also the plan id's stem (Plan:<stem>). */
  file: string;
  title: string;
  region: GenRegion;
  layout: LayoutName;
  /** Titles cited in the preamble: the parent's first, exactly as printed there. */
  cites: string[];
  parentFile?: string;
  outline: GenNode[];
  issuer: string;
  issuedDate: string;
  docNumber?: string;
}
