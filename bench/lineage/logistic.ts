/**
 * Logistic regression by Newton's method (IRLS) with a small L2 penalty on the
 * weights (not the bias): a handful of features and a few thousand rows, so an
 * exact second-order fit is instant and needs no library. Used offline, to fit
 * the score model on the labelled set.
 */
export interface Row {
  x: number[];
  y: 0 | 1;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Coefficients, bias first, for rows whose `x` do not include the constant. */
export function fitLogistic(rows: Row[], l2 = 0.01, iterations = 50): number[] {
  if (!rows.length) throw new Error("fitLogistic needs at least one row");
  const n = rows[0].x.length + 1;
  let w = new Array<number>(n).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(n).fill(0);
    const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const r of rows) {
      const x = [1, ...r.x];
      const p = sigmoid(x.reduce((s, v, i) => s + v * w[i], 0));
      for (let i = 0; i < n; i++) {
        g[i] += (p - r.y) * x[i];
        for (let j = 0; j < n; j++) h[i][j] += p * (1 - p) * x[i] * x[j];
      }
    }
    for (let i = 1; i < n; i++) {
      g[i] += l2 * w[i];
      h[i][i] += l2;
    }
    const step = solve(h, g);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting: h·d = g. */
function solve(h: number[][], g: number[]): number[] {
  const n = g.length;
  const a = h.map((row, i) => [...row, g[i]]);
  for (let i = 0; i < n; i++) {
    let pivot = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(a[r][i]) > Math.abs(a[pivot][i])) pivot = r;
    [a[i], a[pivot]] = [a[pivot], a[i]];
    if (Math.abs(a[i][i]) < 1e-12) throw new Error("fitLogistic: singular system (a feature is constant or collinear)");
    for (let r = 0; r < n; r++) {
      if (r === i) continue;
      const f = a[r][i] / a[i][i];
      for (let c = i; c <= n; c++) a[r][c] -= f * a[i][c];
    }
  }
  return a.map((row, i) => row[n] / row[i]);
}
