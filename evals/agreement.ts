/**
 * Agreement between a judge and hand scores: exact, within one point, and quadratic-weighted
 * kappa (Cohen's), per dimension.
 */

export interface Agreement {
  n: number;
  exact: number;
  withinOne: number;
  kappa: number;
}

/** Quadratic-weighted kappa for integer ratings on 0..max. */
export function weightedKappa(a: number[], b: number[], max: number): number {
  const k = max + 1;
  const n = a.length;
  if (!n) return NaN;
  const observed = Array.from({ length: k }, () => new Array(k).fill(0));
  a.forEach((x, i) => observed[x][b[i]]++);
  const ra = new Array(k).fill(0);
  const rb = new Array(k).fill(0);
  a.forEach((x) => ra[x]++);
  b.forEach((x) => rb[x]++);
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = max ? ((i - j) * (i - j)) / (max * max) : 0;
      num += w * observed[i][j];
      den += w * ((ra[i] * rb[j]) / n);
    }
  }
  return den === 0 ? (num === 0 ? 1 : 0) : 1 - num / den;
}

export function agreement(judge: number[], hand: number[], max: number): Agreement {
  const n = judge.length;
  const r3 = (v: number) => Math.round(v * 1000) / 1000;
  return {
    n,
    exact: r3(judge.filter((x, i) => x === hand[i]).length / (n || 1)),
    withinOne: r3(judge.filter((x, i) => Math.abs(x - hand[i]) <= 1).length / (n || 1)),
    kappa: r3(weightedKappa(judge, hand, max)),
  };
}
