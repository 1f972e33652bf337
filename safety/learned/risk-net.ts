/**
 * The learned recall net: a logistic regression over hashed n-grams (features.ts), trained in
 * this repository by `npm run train:risk` (training/train-risk.ts) and shipped as data
 * (risk-net.weights.json). It runs on every message beside the rule components and can only
 * raise risk: at or above `thresholds.escalate` it escalates, in the band above `thresholds.ask`
 * the reply asks the C-SSRS screening questions directly. It never lowers anything the rules found.
 */
import { readFileSync } from "node:fs";
import { sentences } from "../normalize-text.js";
import { DIM, featurize, netText, type SparseVector } from "./features.js";

/** What the trainer writes (see training/train-risk.ts). */
export interface RiskNetFile {
  /** Format version: 2 reads concept features beside the n-grams (features.ts). */
  version: 2;
  /** Feature buckets; must equal features.ts DIM. */
  dim: number;
  /** Int16 weights, little-endian, base64; weight = q * scale. */
  weights: string;
  scale: number;
  bias: number;
  /** Decision thresholds on the probability, chosen on the held-out split (see the training report). */
  thresholds: RiskNetThresholds;
  /** How it was trained and what it scored on data it never saw (for the README and audits). */
  report: Record<string, unknown>;
}

/** Where the net's probability changes what the reader does. */
export interface RiskNetThresholds {
  /** At or above: escalates when some rule component saw a risk concept it could not combine into a finding. */
  escalate: number;
  /** At or above (below `escalate`): the reply asks the C-SSRS screening questions directly. */
  ask: number;
  /** At or above: escalates by itself, with no rule concept named (absent, as in nets built in code: never). */
  alone?: number;
}

/** A loaded net. */
export interface RiskNet {
  /** Weight of each hashed feature bucket. */
  weights: Float32Array;
  /** The logistic regression's intercept. */
  bias: number;
  /** Decision thresholds. */
  thresholds: RiskNetThresholds;
}

let cached: RiskNet | undefined;

/** Decodes a weights file. */
export function decodeNet(file: RiskNetFile): RiskNet {
  if (file.version !== 2) throw new Error(`risk net: weights file version ${String(file.version)} predates the concept features; run npm run train:risk`);
  if (file.dim !== DIM) throw new Error(`risk net: weights have ${file.dim} buckets, features use ${DIM}; run npm run train:risk`);
  const bytes = Buffer.from(file.weights, "base64");
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  const weights = new Float32Array(DIM);
  for (let i = 0; i < DIM; i++) weights[i] = q[i] * file.scale;
  return { weights, bias: file.bias, thresholds: file.thresholds };
}

/** The shipped net, loaded once on first use (no work at import time). */
export function riskNet(): RiskNet {
  if (!cached) {
    const url = new URL("./risk-net.weights.json", import.meta.url);
    cached = decodeNet(JSON.parse(readFileSync(url, "utf8")) as RiskNetFile);
  }
  return cached;
}

/** Probability that a feature vector needs escalation. */
export function probability(net: Pick<RiskNet, "weights" | "bias">, x: SparseVector): number {
  let z = net.bias;
  for (let i = 0; i < x.index.length; i++) z += net.weights[x.index[i]] * x.value[i];
  return 1 / (1 + Math.exp(-z));
}

/** The net's probability for a whole message (read as features.ts reads it), with the concept classes read in it. */
export function scoreText(raw: string, net: Pick<RiskNet, "weights" | "bias"> = riskNet(), concepts: readonly string[] = []): number {
  return probability(net, featurize(netText(raw), concepts));
}

/**
 * The net's score for a message (the whole text: a long post is judged as a whole, the rule
 * components read it sentence by sentence), the sentence that weighs most, as evidence, and every
 * sentence's own score (empty for a message of one sentence).
 */
export function scoreMessage(
  raw: string,
  net: Pick<RiskNet, "weights" | "bias"> = riskNet(),
  concepts: readonly string[] = [],
): { score: number; window: string; pieces: Array<{ text: string; score: number }> } {
  const score = scoreText(raw, net, concepts);
  const spans = sentences(raw);
  let window = raw.trim();
  const pieces: Array<{ text: string; score: number }> = [];
  if (spans.length > 1) {
    let best = -1;
    for (const s of spans) {
      const piece = raw.slice(s.from, s.to).trim();
      const p = scoreText(piece, net);
      pieces.push({ text: piece, score: p });
      if (p > best) (best = p), (window = piece);
    }
  }
  return { score, window: window.slice(0, 300), pieces };
}
