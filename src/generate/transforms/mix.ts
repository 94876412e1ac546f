import type { Rng } from "../random";
import { bom, crlf, enumComma, enumDot, fullWidth, halfWidth, markdown, otherScript, pdf31, pdf36 } from "./layouts";
import { compose, type Transform } from "./line-map";

/** Offset of the random stream that picks a document's transform, apart from the stream that prints it. */
export const TRANSFORM_STREAM = 1_000_000;

/** Layouts a generated document may be rewritten in, with their weights; a third stay as printed. */
const MIX: [Transform | undefined, number][] = [
  [undefined, 12],
  [markdown, 3],
  [otherScript, 3],
  [fullWidth, 2],
  [compose(halfWidth, enumDot), 2],
  [enumComma, 2],
  [pdf36, 3],
  [pdf31, 2],
  [compose(otherScript, markdown), 2],
  [compose(markdown, pdf36), 2],
  [compose(otherScript, fullWidth, enumComma, pdf31, crlf), 2],
  [compose(bom, crlf), 1],
];

export function pickTransform(rng: Rng): Transform | undefined {
  const total = MIX.reduce((n, [, w]) => n + w, 0);
  let at = rng.int(1, total);
  for (const [t, w] of MIX) {
    if (at <= w) return t;
    at -= w;
  }
  return undefined;
}
