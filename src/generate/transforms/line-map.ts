/**
 * A layout transform rewrites a document's text without touching its content and
 * says where each original line went: `lines[n]` is the range of output lines
 * (1-based, inclusive) that carry original line `n`. A line that vanished (a blank
 * line folded away) has the empty range [k, k - 1], k being where it would have been.
 */
export interface LineMap {
  /** Index 0 is unused; `lines[n]` is [first, last] for original line `n`. */
  lines: [number, number][];
}

export interface Transformed {
  text: string;
  map: LineMap;
}

export interface Transform {
  name: string;
  apply(text: string): Transformed;
}

/**
 * Builds a transformed text line by line: `emit` writes output lines for the
 * original line being visited, `extra` writes lines that belong to no original
 * line (page furniture, a table's separator row).
 */
export class LineWriter {
  private readonly out: string[] = [];
  private readonly ranges: [number, number][] = [[0, 0]];

  /** Output lines for original line `no` (called once per original line, in order). */
  emit(no: number, lines: string[]): void {
    while (this.ranges.length < no) this.ranges.push([this.out.length + 1, this.out.length + 1]);
    const first = this.out.length + 1;
    this.out.push(...lines);
    // A line that vanished (a blank line folded away) is the empty range [first, first - 1].
    this.ranges[no] = [first, this.out.length];
  }

  extra(lines: string[]): void {
    this.out.push(...lines);
  }

  get length(): number {
    return this.out.length;
  }

  finish(eol = "\n"): Transformed {
    return { text: this.out.join(eol), map: { lines: this.ranges } };
  }
}

/** For each output line, the original line it carries (undefined for lines of no original line). */
export function inverse(map: LineMap): (number | undefined)[] {
  const inv: (number | undefined)[] = [];
  map.lines.forEach(([a, b], n) => {
    if (n > 0) for (let k = a; k <= b; k++) inv[k] = n;
  });
  return inv;
}

/** Original lines of a text (a final newline does not make an extra line). */
export function splitLines(text: string): string[] {
  return text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

/** One output line per input line, each rewritten by `fn`. */
export function perLine(name: string, fn: (line: string, no: number, all: string[]) => string): Transform {
  return {
    name,
    apply(text) {
      const w = new LineWriter();
      const lines = splitLines(text);
      lines.forEach((line, i) => w.emit(i + 1, [fn(line, i + 1, lines)]));
      return w.finish();
    },
  };
}

/** Applies transforms left to right, composing their line maps. */
export function compose(...ts: Transform[]): Transform {
  return {
    name: ts.map((t) => t.name).join("+"),
    apply(text) {
      let current: Transformed = identity(text);
      for (const t of ts) {
        const next = t.apply(current.text);
        current = {
          text: next.text,
          map: {
            lines: current.map.lines.map(([a, b], i) => {
              if (i === 0) return [0, 0];
              const first = next.map.lines[Math.min(a, next.map.lines.length - 1)][0];
              return b < a ? [first, first - 1] : [first, next.map.lines[b][1]];
            }),
          },
        };
      }
      return current;
    },
  };
}

function identity(text: string): Transformed {
  const n = splitLines(text).length;
  return { text, map: { lines: Array.from({ length: n + 1 }, (_, i) => [i, i] as [number, number]) } };
}
