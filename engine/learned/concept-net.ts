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
import { decodeRows, withColumns, foldFeatures, loadShippedNet, softmaxProbabilities, type SoftmaxNet, type SoftmaxNetFile } from "../../safety/learned/softmax.js";

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
  return withColumns({ labels: file.labels, weights: decodeRows(file.labels, CONCEPT_DIM, file.weights, file.scale), bias: file.bias, thresholds: file.thresholds });
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
 * Words that carry grammar, not a symptom: pronouns, auxiliaries, determiners, prepositions,
 * conjunctions, question words and the lightest verbs. A reading whose strongest word is one of
 * these, and that does not survive without them, rests on the sentence's shape ("they always seem
 * to pick on me" read as persecution), not on anything the person described (see restsOnGrammar).
 */
const FUNCTION_WORDS = new Set(
  ("i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our ours they them their theirs " +
    "themselves this that these those a an the and or but nor so if then than because as since while though although until unless " +
    "of to in on at by for with from about into onto over under after before through between without within up down out off " +
    "am is are was were be been being do does did done have has had having will would shall should can could may might must " +
    "not no yes what who whom whose which when where why how there here all any every each some something anything everything nothing " +
    "someone anyone everyone somebody anybody everybody one just still even also too very really much more most many such only own " +
    "get gets got getting make makes made know knows knew think thinks thought feel feels felt say says said want wants need needs go goes went " +
    "seem seems seemed like t s d ll m re ve").split(" "),
);

/** The sentence with its function words blanked (same length, so offsets still hold). */
export function contentOnly(sentence: string): string {
  return sentence.replace(WORD, (w) => (FUNCTION_WORDS.has(w.toLowerCase().replace(/’/g, "'")) ? " ".repeat(w.length) : w));
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
    const at = evidenceWord(net, text, i, p[i]);
    if (restsOnGrammar(net, text, i, at, threshold)) return;
    out.push({ concept, p: p[i], ...at });
  });
  return out;
}

/**
 * A reading must stand on the words that carry meaning. One whose strongest word is a grammar word
 * and that falls below its threshold without the grammar words rests on the sentence's shape
 * ("they always seem to pick on me" is no persecution, "what if he isn't who he says he is?" no
 * worthlessness).
 * `net` is the net that read it (the trainer checks readings of nets trained without their author).
 */
export function restsOnGrammar(net: SoftmaxNet, text: string, label: number, at: { start: number; end: number }, threshold: number): boolean {
  if (!FUNCTION_WORDS.has(text.slice(at.start, at.end).toLowerCase().replace(/’/g, "'"))) return false;
  return conceptProbabilities(net, contentOnly(text))[label] < threshold;
}

/** Where a reading of `label` sits in a sentence (exported for the trainer's report). */
export function readingSpan(net: SoftmaxNet, text: string, label: number): { start: number; end: number } {
  return evidenceWord(net, text, label, conceptProbabilities(net, text)[label]);
}
