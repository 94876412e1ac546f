/** The kinds of file the reader accepts, chosen by content (see sniff.ts), not only by extension. */
export type DocumentFormat = "text" | "html" | "docx" | "pdf";

/** Something the extractor left out by rule, for the reader's coverage report. */
export interface Removed {
  /** The rule, in words a reader of the report understands: "script", "navigation", "page header", "page number"… */
  rule: string;
  /** How many elements (HTML) or printed lines (PDF) the rule removed. */
  count: number;
  /** The first one removed, shortened: lets a reader check the rule did not eat content. */
  sample?: string;
}

/**
 * What the decode/extract layer hands to the reader.
 *
 * `text` holds one printed line or paragraph per line; a table row is one line of
 * tab-separated cells; a blank line between blocks may appear. For text input it is
 * exactly the decoded text, so the lines (and every id and source line built on them)
 * are those of the file.
 */
export interface Extracted {
  text: string;
  format: DocumentFormat;
  /** text: "utf-8" | "utf-8 with BOM" | "gb18030" | "utf-16le" | "utf-16be"; html: the charset declared or detected; docx: "utf-8" (XML); pdf: "pdf text layer". */
  encoding: string;
  /** PDF only: the 1-based page of each line of `text` (index = line number - 1). */
  pages?: number[];
  removed: Removed[];
}

/** Counts removals by rule, keeping the first sample of each. */
export class RemovalLog {
  private readonly byRule = new Map<string, Removed>();

  add(rule: string, sample?: string, count = 1): void {
    const entry = this.byRule.get(rule);
    if (entry) {
      entry.count += count;
      return;
    }
    const short = sample?.replace(/\s+/g, " ").trim();
    this.byRule.set(rule, { rule, count, ...(short ? { sample: short.length > 60 ? `${short.slice(0, 60)}…` : short } : {}) });
  }

  list(): Removed[] {
    return [...this.byRule.values()];
  }
}
