/**
 * The learned topic reader: a multinomial logistic regression over the same hashed word and
 * character n-grams the risk net reads (safety/learned/features.ts, folded into fewer buckets),
 * trained in this repository by `npm run train:topics` (training/train-topics.ts) and shipped as
 * numbers (topic-net.weights.json, no text). It reads a topic from wording no cue list has,
 * beside the psychoeducation cues.
 */
import { readFileSync } from "node:fs";
import { normalizeText } from "../../safety/normalize-text.js";
import { featurize, type SparseVector } from "../../safety/learned/features.js";

/** Buckets the topic net uses (the risk features folded by a mask). */
export const TOPIC_DIM = 1 << 14;

/** What the trainer writes. */
export interface TopicNetFile {
  version: 1;
  dim: number;
  /** Topic ids, in the order of the weight rows. */
  labels: string[];
  /** Int8 weights, row per label, base64; weight = q * scale[row]. */
  weights: string;
  scale: number[];
  bias: number[];
  /** How it was trained and what it scored on data it never saw. */
  report: Record<string, unknown>;
}

export interface TopicNet {
  labels: string[];
  weights: Float32Array[];
  bias: number[];
}

let cached: TopicNet | undefined;

export function decodeTopicNet(file: TopicNetFile): TopicNet {
  if (file.dim !== TOPIC_DIM) throw new Error(`topic net: weights have ${file.dim} buckets, features use ${TOPIC_DIM}; run npm run train:topics`);
  const bytes = Buffer.from(file.weights, "base64");
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = file.labels.map((_l, r) => {
    const row = new Float32Array(TOPIC_DIM);
    for (let i = 0; i < TOPIC_DIM; i++) row[i] = q[r * TOPIC_DIM + i] * file.scale[r];
    return row;
  });
  return { labels: file.labels, weights, bias: file.bias };
}

/** The shipped net, loaded on first use; undefined when no weights ship (the cues still read topics). */
export function topicNet(): TopicNet | undefined {
  if (cached) return cached;
  try {
    const url = new URL("./topic-net.weights.json", import.meta.url);
    cached = decodeTopicNet(JSON.parse(readFileSync(url, "utf8")) as TopicNetFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return cached;
}

/** Folded features of a raw message. */
export function topicFeatures(text: string): SparseVector {
  const x = featurize(normalizeText(text).text);
  const acc = new Map<number, number>();
  for (let i = 0; i < x.index.length; i++) {
    const b = x.index[i] & (TOPIC_DIM - 1);
    acc.set(b, (acc.get(b) ?? 0) + x.value[i]);
  }
  return { index: Int32Array.from(acc.keys()), value: Float32Array.from(acc.values()) };
}

/** Softmax probabilities per label. */
export function topicProbabilities(net: TopicNet, x: SparseVector): number[] {
  const z = net.labels.map((_l, r) => {
    let s = net.bias[r];
    const w = net.weights[r];
    for (let i = 0; i < x.index.length; i++) s += w[x.index[i]] * x.value[i];
    return s;
  });
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
