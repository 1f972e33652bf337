/**
 * A local embedding function: feature hashing of stemmed words, word pairs and character
 * n-grams into a fixed-size, L2-normalised vector. No model, no download, deterministic.
 *
 * Limits, stated plainly: it measures shared wording, not meaning. Idioms ("can't be
 * bothered") are bridged by the retrieve node, which adds the concept labels the lexicon
 * found to the query; character n-grams give some robustness to misspellings.
 */
import type { EmbeddingFunction } from "chromadb";

const DIMENSIONS = 1024;
const STOP = new Set("a an the and or but if of to in on at for with from by as is are was were be been being am i me my we our you your he she it its they them their this that these those so very just really do does did have has had not no can could would should will shall may might there here what which who whom when where why how all any some more most much many than too also".split(" "));

/** Light suffix stripping so "worried", "worrying" and "worries" share a feature. */
export function stem(word: string): string {
  let w = word;
  for (const [suffix, min] of [["ingly", 4], ["edly", 4], ["ness", 4], ["ment", 4], ["ities", 4], ["ies", 3], ["ing", 4], ["ied", 3], ["ed", 4], ["ly", 4], ["es", 4], ["s", 4]] as const) {
    if (w.length - suffix.length >= min && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + (suffix === "ies" || suffix === "ied" ? "y" : "");
      break;
    }
  }
  return w;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function add(vec: Float64Array, feature: string, weight: number): void {
  const h = fnv1a(feature);
  // The sign bit halves collisions' bias (the "hashing trick").
  vec[h % DIMENSIONS] += (h & 0x80000000 ? -1 : 1) * weight;
}

export function embedText(text: string): number[] {
  const vec = new Float64Array(DIMENSIONS);
  const words = text.toLowerCase().replace(/[’']/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = words.filter((w) => !STOP.has(w)).map(stem);
  const counts = new Map<string, { n: number; weight: number }>();
  const bump = (f: string, weight: number) => {
    const c = counts.get(f);
    if (c) c.n++;
    else counts.set(f, { n: 1, weight });
  };
  content.forEach((w, i) => {
    bump(`w:${w}`, 1);
    if (i > 0) bump(`b:${content[i - 1]}_${w}`, 0.7);
    const padded = `<${w}>`;
    for (let j = 0; j + 3 <= padded.length; j++) bump(`c:${padded.slice(j, j + 3)}`, 0.3);
  });
  // Sublinear term frequency: a word repeated ten times is not ten times as telling.
  for (const [f, c] of counts) add(vec, f, c.weight * (1 + Math.log(c.n)));
  let norm = 0;
  for (const v of vec) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vec, (v) => v / norm);
}

/** Chroma embedding function over embedText. Always pass it: Chroma does not persist custom ones. */
export class LocalHashEmbedding implements EmbeddingFunction {
  readonly name = "psyllm-local-hash";
  /** Identifies the vector space in the index's content hash: change it when the features change. */
  readonly id = `local-hash-v3-${DIMENSIONS}`;

  async generate(texts: string[]): Promise<number[][]> {
    return texts.map(embedText);
  }
}
