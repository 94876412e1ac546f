/**
 * The document model: plain typed data that a parser produces from one source
 * document and the loader writes to Neo4j. Printable as JSON (`npm run ingest --
 * --dry-run --json`), so every stage can be inspected and tested without a database.
 */

/** Where a fact was printed. Lines are 1-based; offsets are 0-based UTF-16 indexes into the file's decoded text. */
export interface SourceSpan {
  /** Path of the document as loaded, e.g. `seeds/001_aa40d479269d3f1a.txt`. */
  file: string;
  line: number;
  endLine: number;
  startOffset: number;
  endOffset: number;
  /** The exact original text between the offsets (traditional stays traditional). */
  text: string;
  /** For a PDF: the page the span starts on. */
  page?: number;
}

export type TaskKind = "CHAPTER" | "SECTION" | "TASK" | "SUBTASK" | "COLUMN" | "COLUMN_ITEM";
export type UnitRole = "LEAD" | "RESPONSIBLE";
export type IndicatorAttribute = "BINDING" | "EXPECTED";
/** `target`: a 十四五 goal table (2020 baseline, 2025 target); `completion`: a 十三五 completion table. */
export type IndicatorTableKind = "target" | "completion";
export type Comparator = "EQ" | "GT" | "GTE" | "LT" | "LTE" | "STABLE";
export type RegionLevel = "NATIONAL" | "PROVINCE" | "AUTONOMOUS_REGION" | "CITY" | "COUNTY";

export interface RegionRef {
  name: string;
  level: RegionLevel;
  parent?: RegionRef;
  /** A region the plan names above itself that the region table does not know (清水县所在省): see `placeholderAbove`. */
  placeholder?: boolean;
}

/** How a plan names a document: as its basis (preamble), as what a passage carries out, or in passing. */
export type CitationRole = "BASIS" | "IMPLEMENTS" | "MENTIONED";

/** A document a plan names: 《title》 with its 文号 when printed, and the role the naming gives it. */
export interface Citation {
  title: string;
  docNumber?: string;
  role: CitationRole;
  source: SourceSpan;
}

export interface PlanMeta {
  title: string;
  /** 规划 / 实施意见 / 意见 / 方案 … as the title names it. */
  kind: string;
  region: RegionRef;
  docNumber?: string;
  issuer?: string;
  /** ISO date (YYYY-MM-DD). */
  issuedDate?: string;
  periodStart?: number;
  periodEnd?: number;
  /** Every 《…》 the plan names, in printed order, with its role. */
  cites: Citation[];
  /** Points at the plan's title line. */
  source: SourceSpan;
}

/**
 * How a document printed who owns a task: a labelled clause 〔牵头单位:X;责任单位:A〕, a
 * paired one (X牵头,A配合), the lead marked in a list (X(牵头)、A), the first of a list
 * under a 列第一位者为牵头单位 note, a sentence (由X牵头,A配合), or a division-of-labour table.
 */
export type UnitConvention = "LABELLED" | "PAIRED" | "LEAD_MARK" | "FIRST_LISTED" | "SENTENCE" | "TABLE";

/** A unit the document assigns to a task, exactly as printed. */
export interface UnitMention {
  name: string;
  role: UnitRole;
  /** The role word as printed: 牵头单位, 配合单位, 牵头, 按职责分工负责 … */
  roleText: string;
  convention: UnitConvention;
  source: SourceSpan;
}

/** A department that the task text itself names as acting (…部门负责, 会同…, 配合…): weaker than a unit clause. */
export interface ActingMention {
  name: string;
  /** The phrase that shows it, e.g. `会同市财政局`. */
  phrase: string;
  source: SourceSpan;
}

export interface TaskNode {
  /** Stable within the document: the chain of numbers, e.g. `3/2/12` or `c5/3` for a 专栏 item. */
  path: string;
  parentPath?: string;
  kind: TaskKind;
  /** The number as printed: `12` for task 12, `三` for chapter 三, `5` for 专栏5. */
  number?: string;
  title: string;
  text: string;
  deadlines: number[];
  /** When the document says the task is due, as printed in a division-of-labour table's time column (2022年底前, 持续推进). */
  schedule?: string;
  units: UnitMention[];
  acting: ActingMention[];
  source: SourceSpan;
}

/** What joining a division-of-labour table to the body found. */
export interface DivisionReport {
  /** The table's header line. */
  line: number;
  rows: number;
  /** Body tasks that a row was joined to. */
  joined: number;
  /** Rows naming no task of the body: read as tasks of their own under the table. */
  unmatchedRows: { line: number; title: string; path: string }[];
  /** Tasks of the body without a row. */
  tasksWithoutRow: string[];
}

export interface IndicatorRow {
  table: IndicatorTableKind;
  /** Order in the document, 1-based, stable across re-loads. */
  seq: number;
  name: string;
  category?: string;
  unit?: string;
  baseline?: string;
  target?: string;
  baselineValue?: number;
  baselineComparator?: Comparator;
  targetValue?: number;
  targetComparator?: Comparator;
  attribute?: IndicatorAttribute;
  notes: string[];
  source: SourceSpan;
}

export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

export interface Warning {
  line: number;
  message: string;
}

/** Where the document's non-blank lines went. */
export interface Coverage {
  /** Non-blank lines of the document. */
  lines: number;
  /** Lines that ended in the model: the outline, an indicator table, the title and cover facts. */
  read: number;
  /** Lines left out, by the rule that left them out (page furniture, table of contents, narrative part …). */
  leftOut: { rule: string; lines: number }[];
  /** Lines the reader could not place (each run of them is also a warning). */
  unread: number[];
}

export interface PlanDocument {
  /** Path as loaded, also every span's `file`. */
  file: string;
  /** sha256 of the file's bytes: a changed document replaces its own graph. */
  contentHash: string;
  /** The text that was read, as decoded (or extracted): every span's offsets index into it, and lineage reads it too. */
  text: string;
  /** The file's format, found from its content: text, html, docx or pdf. */
  format: "text" | "html" | "docx" | "pdf";
  /** The encoding the text was decoded from (utf-8, utf-8 with BOM, gb18030 …), or how it was extracted. */
  encoding: string;
  /** What the extractor left out of a web page or PDF by rule (scripts, navigation, page headers, page numbers). */
  removed: { rule: string; count: number; sample?: string }[];
  /** What the reader found of the layout (markdown headings, pipe tables, hard wraps …), for the summary: not a choice of parser. */
  layout: string[];
  coverage: Coverage;
  meta: PlanMeta;
  tasks: TaskNode[];
  indicators: IndicatorRow[];
  /** Division-of-labour tables read, one report each (empty when the document has none). */
  division: DivisionReport[];
  dropped: DroppedLine[];
  warnings: Warning[];
}
