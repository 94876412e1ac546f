import type { GenKind, LayoutName } from "./model";
import type { RegionLevel } from "../ingest/model";

/**
 * The lineage the generator built, written next to the documents as truth.json so
 * lineage can be scored at scale. Paths are the parser's (`3/2/4`, `c5/2`); a task's
 * graph id is `Task:<file stem>:<path>`.
 */
export interface TruthFile {
  version: 1;
  seed: number;
  plans: number;
  documents: TruthDocument[];
}

export interface TruthDocument {
  /** File name inside the output folder. */
  file: string;
  planId: string;
  title: string;
  level: RegionLevel;
  region: string;
  layout: LayoutName;
  /** The layout transform the document was rewritten in after printing (`markdown`, `pdf-wraps-36` …), when one was. */
  transform?: string;
  /** The plan this one carries out (its preamble cites it by this exact title). */
  parentFile?: string;
  parentTitle?: string;
  /** Outline items of each kind and indicator rows the parser must read back. */
  expected: Record<GenKind, number> & { indicators: number };
  /** Which item carries out which item of the parent plan. */
  links: TruthLink[];
  /** The units printed for each task (opinions), whatever the convention they were printed in. */
  units?: TruthUnits[];
  /** The convention the units were printed in (labelled, paired-配合, table …). */
  unitStyle?: string;
}

/** A task's units as printed: the reader must read back these names in these roles. */
export interface TruthUnits {
  path: string;
  lead: string[];
  responsible: string[];
}

export interface TruthLink {
  path: string;
  kind: GenKind;
  /** Path of the upstream item in the parent document. */
  upstream: string;
}

export const taskIdOf = (file: string, path: string) => `Task:${file.replace(/\.[^.]+$/, "")}:${path}`;
