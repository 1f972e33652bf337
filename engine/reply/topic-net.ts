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
import { decodeRows, withColumns, foldFeatures, softmaxProbabilities, type SoftmaxNet, type SoftmaxNetFile } from "../../safety/learned/softmax.js";

/** Buckets the topic net uses (the risk features folded by a mask). */
export const TOPIC_DIM = 1 << 14;

/** What the trainer writes (labels are topic ids). */
export type TopicNetFile = SoftmaxNetFile;

export type TopicNet = SoftmaxNet;

let cached: TopicNet | undefined;

export function decodeTopicNet(file: TopicNetFile): TopicNet {
  if (file.dim !== TOPIC_DIM) throw new Error(`topic net: weights have ${file.dim} buckets, features use ${TOPIC_DIM}; run npm run train:topics`);
  return withColumns({ labels: file.labels, weights: decodeRows(file.labels, TOPIC_DIM, file.weights, file.scale), bias: file.bias });
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
  return foldFeatures(featurize(normalizeText(text).text), TOPIC_DIM);
}

/** Softmax probabilities per label. */
export function topicProbabilities(net: TopicNet, x: SparseVector): number[] {
  return softmaxProbabilities(net, x);
}
