/**
 * The learned symptom reader: a multinomial logistic regression that reads one sentence and says
 * which symptom concept it describes, if any (voices described as "a man who comments on what I'm
 * doing", withdrawal as "if I haven't had one by lunchtime my hands go"). It sits beside the
 * lexicon (engine/concept-matcher.ts): the lexicon reads the wording it was written for, this
 * reader reads wording nobody wrote a pattern for. Trained in this repository by
 * `npm run train:concepts` (training/train-concepts.ts) on sentences written for it by fresh
 * authors, each concept with hard negatives (the word used loosely, denied, or ordinary), and
 * shipped as numbers (concept-net.weights.json, no text). A concept is read only at or above its
 * threshold, chosen on authors the net never saw for few false readings; ConText then reads the
 * sentence around the word that carried the reading (negated, past, someone else's) as it does
 * for a lexicon match.
 */
import { featurize, type SparseVector } from "../../safety/learned/features.js";
import { normalizeText } from "../../safety/normalize-text.js";
import { decodeRows, foldFeatures, loadShippedNet, softmaxProbabilities, type SoftmaxNet, type SoftmaxNetFile } from "../../safety/learned/softmax.js";

/** Buckets the concept net uses (the risk features folded by a mask). */
export const CONCEPT_DIM = 1 << 13;
/** The label for a sentence that describes none of the concepts. */
export const NO_CONCEPT = "none";

/** What the trainer writes (labels are concept ids and "none"). */
export interface ConceptNetFile extends SoftmaxNetFile {
  /** The probability from which each concept is read (chosen on held-out authors). */
  thresholds: Record<string, number>;
}

export interface ConceptNet extends SoftmaxNet {
  thresholds: Record<string, number>;
}

/** A concept the net read in a sentence, with the word that carried it (offsets in the sentence). */
export interface LearnedMention {
  concept: string;
  p: number;
  start: number;
  end: number;
}

let cached: ConceptNet | null | undefined;

export function decodeConceptNet(file: ConceptNetFile): ConceptNet {
  if (file.dim !== CONCEPT_DIM) throw new Error(`concept net: weights have ${file.dim} buckets, features use ${CONCEPT_DIM}; run npm run train:concepts`);
  return { labels: file.labels, weights: decodeRows(file.labels, CONCEPT_DIM, file.weights, file.scale), bias: file.bias, thresholds: file.thresholds };
}

/** The shipped net, loaded on first use; undefined when no weights ship (the lexicon alone reads). */
export function conceptNet(): ConceptNet | undefined {
  if (cached === undefined) cached = loadShippedNet(new URL("./concept-net.weights.json", import.meta.url), decodeConceptNet);
  return cached ?? undefined;
}

/** Folded features of one sentence. */
export function conceptFeatures(text: string): SparseVector {
  return foldFeatures(featurize(normalizeText(text).text), CONCEPT_DIM);
}

/** Softmax probabilities per label for one sentence. */
export function conceptProbabilities(net: SoftmaxNet, text: string): number[] {
  return softmaxProbabilities(net, conceptFeatures(text));
}

const WORD = /[\p{L}\p{N}']+/gu;

/**
 * The word whose absence lowers the concept's probability most: where the reading sits in the
 * sentence, so ConText can look at what governs it ("I don't hear anything" negates "hear").
 */
function evidenceWord(net: SoftmaxNet, sentence: string, label: number, p: number): { start: number; end: number } {
  let best = { start: 0, end: sentence.length, drop: -Infinity };
  for (const m of sentence.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    const without = `${sentence.slice(0, start)} ${sentence.slice(end)}`;
    const drop = p - conceptProbabilities(net, without)[label];
    if (drop > best.drop) best = { start, end, drop };
  }
  return { start: best.start, end: best.end };
}

/**
 * Concepts read in one sentence at or above their thresholds, with the word that carried each.
 * `known`: spans another reader already read (the lexicon's matches); the net reads the sentence
 * without them, so a reading must stand on words nobody read yet ("a tight chest" with the flu is
 * the lexicon's chest tightness, not the net's panic attack).
 */
export function readConcepts(sentence: string, net: ConceptNet | undefined = conceptNet(), known: ReadonlyArray<{ start: number; end: number }> = []): LearnedMention[] {
  if (!net) return [];
  // Blank the known spans (same length, so offsets still point into the sentence).
  let text = sentence;
  for (const k of known) text = `${text.slice(0, k.start)}${" ".repeat(Math.max(0, k.end - k.start))}${text.slice(k.end)}`;
  if (!/\p{L}/u.test(text)) return [];
  const p = conceptProbabilities(net, text);
  const out: LearnedMention[] = [];
  net.labels.forEach((concept, i) => {
    const threshold = net.thresholds[concept];
    if (concept === NO_CONCEPT || threshold === undefined || p[i] < threshold) return;
    out.push({ concept, p: p[i], ...evidenceWord(net, text, i, p[i]) });
  });
  return out;
}
