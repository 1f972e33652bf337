/**
 * Softmax regression with AdaGrad and L2, shared by the topic and diagnostic trainers; a
 * multi-label example spreads its target evenly. Deterministic for a given seed.
 */
import type { SparseVector } from "../safety/learned/features.js";
import { softmaxProbabilities, type SoftmaxNet } from "../safety/learned/softmax.js";
import { rng, shuffle } from "./seeded.js";

export interface SoftmaxExample {
  x: SparseVector;
  /** Label indices, any of which is right (the target is spread evenly). */
  y: number[];
  /** Example weight. */
  w: number;
}

export function trainSoftmax(
  labels: string[],
  dim: number,
  data: readonly SoftmaxExample[],
  { epochs, lr, l2 = 1e-6, seed, log }: { epochs: number; lr: number; l2?: number; seed: number; log?: (epoch: number, loss: number) => void },
): SoftmaxNet {
  const K = labels.length;
  const weights = labels.map(() => new Float32Array(dim));
  const g2 = labels.map(() => new Float32Array(dim).fill(1e-8));
  const bias = new Array<number>(K).fill(0);
  const gb2 = new Array<number>(K).fill(1e-8);
  const order = data.map((_, i) => i);
  const rand = rng(seed);
  for (let e = 0; e < epochs; e++) {
    shuffle(order, rand);
    let loss = 0;
    for (const k of order) {
      const { x, y, w } = data[k];
      const p = softmaxProbabilities({ labels, weights, bias }, x);
      for (let c = 0; c < K; c++) {
        const target = y.includes(c) ? 1 / y.length : 0;
        if (target) loss -= w * target * Math.log(p[c] + 1e-9);
        const g = w * (p[c] - target);
        if (Math.abs(g) < 1e-5) continue;
        const W = weights[c];
        const G = g2[c];
        for (let i = 0; i < x.index.length; i++) {
          const f = x.index[i];
          const grad = g * x.value[i] + l2 * W[f];
          G[f] += grad * grad;
          W[f] -= (lr * grad) / Math.sqrt(G[f]);
        }
        gb2[c] += g * g;
        bias[c] -= (lr * g) / Math.sqrt(gb2[c]);
      }
    }
    log?.(e + 1, loss / Math.max(1, data.length));
  }
  return { labels, weights, bias };
}
