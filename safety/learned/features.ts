/**
 * Features for the learned risk net:
 * - hashed word unigrams and bigrams and character 3–5-grams of the normalised text (lower case,
 *   accents folded, contractions expanded, obfuscation undone), L2-normalised;
 * - concept features: the C-SSRS component classes the rule components read in the message (a
 *   means, a wish, a farewell, a past time, hyperbole... in any of the languages they read), each
 *   alone and in pairs. A class stands for its whole vocabulary, so what the net learns about "a
 *   medicine beside a soft wish" holds for every medicine and every way of wishing the vocabularies
 *   know, not only the words in its training data.
 * Hashing keeps the shipped weights free of any training text: the model is a vector of numbers,
 * not a vocabulary.
 */
import { alternateReadings } from "../deobfuscate.js";
import { normalizeText } from "../normalize-text.js";

/** Number of hashed feature buckets (a power of two). */
export const DIM = 1 << 18;

/** FNV-1a 32-bit hash of a string (the project's one stable string hash: features, splits, phrasing choices). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A feature's bucket: its hash folded into DIM. */
function bucket(s: string): number {
  return fnv1a(s) & (DIM - 1);
}

/** A sparse, L2-normalised feature vector. */
export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

/** The text the net reads: normalised, with obfuscated words and decoded blocks read plainly. */
export function netText(raw: string): string {
  const alt = alternateReadings(raw);
  const plain = alt.find((r) => r.kind === "deobfuscated")?.text ?? raw;
  const decoded = alt.filter((r) => r.kind === "decoded").map((r) => r.text);
  return normalizeText([plain, ...decoded].join("\n")).text;
}

/** Weight of each concept feature (the n-gram part has unit length). */
const CONCEPT_VALUE = 0.35;

/** Hashed features of already-normalised text, with the concept classes read in it. */
export function featurize(text: string, concepts: readonly string[] = []): SparseVector {
  const counts = new Map<number, number>();
  const add = (key: string, w: number) => {
    const b = bucket(key);
    counts.set(b, (counts.get(b) ?? 0) + w);
  };
  const words = text.match(/[\p{L}\p{N}']+/gu) ?? [];
  let prev = "<s>";
  for (const w of words) {
    add(`w:${w}`, 1);
    add(`b:${prev} ${w}`, 1);
    prev = w;
    const padded = ` ${w} `;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`, 0.5);
  }
  add(`b:${prev} </s>`, 1);
  // Sub-linear term weights, then unit length so long posts and short texts score alike.
  let norm = 0;
  for (const [k, v] of counts) {
    const x = 1 + Math.log(v);
    counts.set(k, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of counts) counts.set(k, v / norm);
  // Concepts alone and in pairs, at a fixed weight whatever the length of the text.
  const cs = [...new Set(concepts)].sort();
  const addConcept = (key: string) => {
    const b = bucket(key);
    counts.set(b, (counts.get(b) ?? 0) + CONCEPT_VALUE);
  };
  for (let a = 0; a < cs.length; a++) {
    addConcept(`k:${cs[a]}`);
    for (let b = a + 1; b < cs.length; b++) addConcept(`kk:${cs[a]}|${cs[b]}`);
  }
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let i = 0;
  for (const [k, v] of counts) {
    index[i] = k;
    value[i] = v;
    i++;
  }
  return { index, value };
}
