/**
 * A seeded generator (mulberry32): the same `--seed` writes the same corpus byte
 * for byte, so a benchmark run can be repeated and a truth file re-derived.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** The generator of item `index` under `seed`: one plan's choices do not shift when another plan's change. */
  static of(seed: number, index: number): Rng {
    let h = Math.imul(seed ^ 0x5bd1e995, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
    h ^= h >>> 13;
    return new Rng(Math.imul(h, 0x27d4eb2f) >>> 0);
  }
}
