import type { FieldCompilers } from "../compile/types";
import { property } from "../compile/fields";

/** Source is read from the `source*` properties of whatever carries it (a node or a unit tie). */
export const sourceFields: FieldCompilers = {
  "Source.file": property("sourceFile"),
  "Source.line": property("sourceLine"),
  "Source.endLine": property("sourceEndLine"),
  "Source.startOffset": property("sourceStartOffset"),
  "Source.endOffset": property("sourceEndOffset"),
  "Source.text": property("sourceText"),
  "Source.page": property("sourcePage"),
};
