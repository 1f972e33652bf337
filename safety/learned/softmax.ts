/**
 * What the multinomial readers share (the topic reader, engine/reply/topic-net.ts, and the
 * diagnostic reader, engine/learned/dx-net.ts): int8 rows shipped as base64 with a scale per row,
 * and softmax probabilities over sparse features.
 */
import { readFileSync } from "node:fs";
import type { SparseVector } from "./features.js";

/** What a trainer writes for a multinomial reader (extended by each reader with its own fields). */
export interface SoftmaxNetFile {
  version: 1;
  dim: number;
  /** Label ids, in the order of the weight rows. */
  labels: string[];
  /** Int8 weights, row per label, base64; weight = q * scale[row]. */
  weights: string;
  scale: number[];
  bias: number[];
  /** How it was trained and what it scored on data it never saw. */
  report: Record<string, unknown>;
}

/**
 * The risk features folded into `dim` buckets (a mask), summed per bucket; `extra` adds further
 * keyed buckets (a reader's own features) before the vector is built.
 */
export function foldFeatures(x: SparseVector, dim: number, extra: ReadonlyArray<[bucket: number, value: number]> = []): SparseVector {
  const acc = new Map<number, number>();
  for (let i = 0; i < x.index.length; i++) {
    const b = x.index[i] & (dim - 1);
    acc.set(b, (acc.get(b) ?? 0) + x.value[i]);
  }
  for (const [b, v] of extra) acc.set(b & (dim - 1), (acc.get(b & (dim - 1)) ?? 0) + v);
  return { index: Int32Array.from(acc.keys()), value: Float32Array.from(acc.values()) };
}

/** A multinomial logistic regression: one weight row and one bias per label. */
export interface SoftmaxNet {
  labels: string[];
  weights: Float32Array[];
  bias: number[];
  /**
   * The same weights feature by feature (`withColumns`), for a shipped net read on every message:
   * a feature's weights for all labels sit together, one read per feature instead of one per label.
   */
  columns?: Float32Array;
}

/** A shipped net with its weights also laid out feature by feature (same probabilities, read faster). */
export function withColumns<N extends SoftmaxNet>(net: N): N {
  const labels = net.labels.length;
  const dim = net.weights[0]?.length ?? 0;
  const columns = new Float32Array(dim * labels);
  net.weights.forEach((row, r) => {
    for (let i = 0; i < dim; i++) columns[i * labels + r] = row[i];
  });
  return { ...net, columns };
}

/** Rows decoded from int8 (base64) with a scale per row: weight = q × scale[row]. */
export function decodeRows(labels: readonly string[], dim: number, weights: string, scale: readonly number[]): Float32Array[] {
  const bytes = Buffer.from(weights, "base64");
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return labels.map((_l, r) => {
    const row = new Float32Array(dim);
    for (let i = 0; i < dim; i++) row[i] = q[r * dim + i] * scale[r];
    return row;
  });
}

/** Rows encoded as int8 (base64), the largest weight of each row mapped to 127. */
export function encodeRows(rows: readonly Float32Array[], dim: number): { weights: string; scale: number[] } {
  const bytes = new Int8Array(rows.length * dim);
  const scale = rows.map((row, r) => {
    let max = 0;
    for (const v of row) max = Math.max(max, Math.abs(v));
    const s = max / 127 || 1;
    for (let i = 0; i < dim; i++) bytes[r * dim + i] = Math.round(row[i] / s);
    return s;
  });
  return { weights: Buffer.from(bytes.buffer).toString("base64"), scale };
}

/** A trained net as the common fields of its weights file: int8 rows, biases to five places. */
export function encodeNet(net: { weights: readonly Float32Array[]; bias: readonly number[] }, labels: string[], dim: number): Omit<SoftmaxNetFile, "report"> {
  const { weights, scale } = encodeRows(net.weights, dim);
  return { version: 1, dim, labels, weights, scale, bias: net.bias.map((b) => +b.toFixed(5)) };
}

/** Softmax probabilities per label. */
export function softmaxProbabilities(net: SoftmaxNet, x: SparseVector): number[] {
  let z: number[];
  if (net.columns) {
    // Each label's sum in the same order as below: the same numbers, feature by feature.
    const labels = net.labels.length;
    const cols = net.columns;
    z = net.bias.slice(0, labels);
    for (let i = 0; i < x.index.length; i++) {
      const at = x.index[i] * labels;
      const v = x.value[i];
      for (let r = 0; r < labels; r++) z[r] += cols[at + r] * v;
    }
  } else {
    z = net.labels.map((_l, r) => {
      let s = net.bias[r];
      const w = net.weights[r];
      for (let i = 0; i < x.index.length; i++) s += w[x.index[i]] * x.value[i];
      return s;
    });
  }
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * A reader's shipped weights, read and decoded: null when the file does not ship (the reader is then
 * off and the rules alone read); any other error is thrown. Callers cache the result.
 */
export function loadShippedNet<F, N>(url: URL, decode: (file: F) => N): N | null {
  try {
    return decode(JSON.parse(readFileSync(url, "utf8")) as F);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    return null;
  }
}
