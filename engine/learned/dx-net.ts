/**
 * The learned diagnostic reader: a multinomial logistic regression over what the engine read
 * (each concept the person described, by concept id — present, past or denied — and the timing
 * in coarse bands) and the hashed word and character n-grams of their messages. A concept stands
 * for its whole vocabulary, so the net learns which combinations of concepts make each disorder
 * rather than which phrases; the n-grams carry wording no concept covers yet. Trained in this
 * repository by `npm run train:dx` (training/train-dx.ts) on authored vignettes, shipped as
 * numbers (dx-net.weights.json, no text). The differential uses it as a prior beside the criteria
 * (engine/differential.ts), never on its own.
 */
import { fnv1a, featurize, type SparseVector } from "../../safety/learned/features.js";
import { normalizeText } from "../../safety/normalize-text.js";
import { decodeRows, withColumns, foldFeatures, loadShippedNet, softmaxProbabilities, type SoftmaxNet, type SoftmaxNetFile } from "../../safety/learned/softmax.js";
import { isPresent } from "../presence.js";
import type { EpisodeTiming, SymptomFinding } from "../types.js";

/** Buckets the dx net uses (the risk features folded by a mask). */
export const DX_DIM = 1 << 14;
/** The label for "no disorder": problems of living and ordinary distress. */
export const NO_DISORDER = "none";
/** Weight of one concept feature against the n-grams (each n-gram is small). */
const CONCEPT_WEIGHT = 1;

/** What the trainer writes (labels are condition ids and "none"). */
export interface DxNetFile extends SoftmaxNetFile {
  /** How much the net's probability counts beside the criteria (chosen on held-out folds). */
  blend: number;
  /** A condition without a hallmark feature may still be put forward (as possible) from this probability. */
  admit: number;
}

export interface DxNet extends SoftmaxNet {
  /** How much the net's probability counts beside the criteria. */
  blend: number;
  /** The probability at which a condition without a hallmark may be listed. */
  admit: number;
}

let cached: DxNet | null | undefined;

export function decodeDxNet(file: DxNetFile): DxNet {
  if (file.dim !== DX_DIM) throw new Error(`dx net: weights have ${file.dim} buckets, features use ${DX_DIM}; run npm run train:dx`);
  return withColumns({ labels: file.labels, weights: decodeRows(file.labels, DX_DIM, file.weights, file.scale), bias: file.bias, blend: file.blend, admit: file.admit });
}

/** The shipped net, loaded on first use; undefined when no weights ship (the criteria alone decide). */
export function dxNet(): DxNet | undefined {
  if (cached === undefined) cached = loadShippedNet(new URL("./dx-net.weights.json", import.meta.url), decodeDxNet);
  return cached ?? undefined;
}

function timingBands(t: EpisodeTiming): string[] {
  const out: string[] = [];
  const d = t.durationDays;
  if (t.lifelong) out.push("t:lifelong");
  if (d === undefined) out.push("t:unknown");
  else out.push(d < 14 ? "t:<2w" : d < 60 ? "t:<2m" : d < 183 ? "t:<6m" : d < 730 ? "t:<2y" : "t:2y+");
  if (t.stressorAgoDays !== undefined) out.push(t.stressorAgoDays < 31 ? "s:<1m" : t.stressorAgoDays < 183 ? "s:<6m" : t.stressorAgoDays < 365 ? "s:<1y" : "s:1y+");
  return out;
}

/** The net's input: the person's messages, what the engine read in them, and the timing. */
export function dxFeatures(texts: readonly string[], findings: readonly SymptomFinding[], timing: EpisodeTiming): SparseVector {
  const named = new Set<string>();
  for (const f of findings) {
    if (f.otherExperiencer || f.hypothetical) continue;
    named.add(f.negated ? `n:${f.concept}` : isPresent(f) ? `c:${f.concept}` : `h:${f.concept}`);
  }
  for (const t of timingBands(timing)) named.add(t);
  return foldFeatures(featurize(normalizeText(texts.join("\n")).text), DX_DIM, [...named].map((k) => [fnv1a(k), CONCEPT_WEIGHT]));
}

/** Softmax probabilities per label. */
export function dxProbabilities(net: SoftmaxNet, x: SparseVector): number[] {
  return softmaxProbabilities(net, x);
}

/** The net's opinion as condition id → probability, for the differential. */
export function dxPrior(net: DxNet, texts: readonly string[], findings: readonly SymptomFinding[], timing: EpisodeTiming): Map<string, number> {
  const p = dxProbabilities(net, dxFeatures(texts, findings, timing));
  return new Map(net.labels.map((l, i) => [l, p[i]]));
}

/** The differential's `prior` option from the shipped net, or undefined when none ships. */
export function learnedPrior(
  texts: readonly string[],
  findings: readonly SymptomFinding[],
  timing: EpisodeTiming,
): { p: Map<string, number>; blend: number; admit: number } | undefined {
  const net = dxNet();
  return net ? { p: dxPrior(net, texts, findings, timing), blend: net.blend, admit: net.admit } : undefined;
}
