/**
 * Reads a run of letters written without spaces back into words ("ikeepthinkingaboutnotbeinghere" →
 * "i keep thinking about not being here"), for messages spelled out letter by letter to slip past a
 * filter. Picks the most probable split under a unigram model whose word probabilities come from
 * frequency ranks (Zipf's law) of ~64,000 English words (vocab/word-frequency.txt, from GloVe's vocabulary).
 * Loaded on first use; nothing at import time.
 */
import { readFileSync } from "node:fs";

let cost: Map<string, number> | undefined;
let longest = 0;

/** Words too short or too common for the table to hold (it keeps content words). */
const EXTRA = ["i", "a", "im", "ive", "dont", "cant", "wont", "didnt", "id"];

function costs(): Map<string, number> {
  if (!cost) {
    cost = new Map();
    const text = readFileSync(new URL("./vocab/word-frequency.txt", import.meta.url), "utf8");
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab < 0) continue;
      const word = line.slice(0, tab);
      cost.set(word, Math.log((Number(line.slice(tab + 1)) + 1) * 13.5));
      longest = Math.max(longest, word.length);
    }
    for (const w of EXTRA) cost.set(w, Math.log(50 * 13.5));
  }
  return cost;
}

/** The most probable split of `letters` (lower case, a–z) into known words, or undefined when none covers it. */
export function segmentWords(letters: string): string | undefined {
  const c = costs();
  const n = letters.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - Math.min(longest, 24)); j < i; j++) {
      if (best[j] === Infinity) continue;
      const w = c.get(letters.slice(j, i));
      if (w === undefined) continue;
      // A one-letter word other than "i" and "a" is never a reading.
      if (i - j === 1 && letters[j] !== "i" && letters[j] !== "a") continue;
      const total = best[j] + w;
      if (total < best[i]) (best[i] = total), (from[i] = j);
    }
  }
  if (best[n] === Infinity) return undefined;
  const words: string[] = [];
  for (let i = n; i > 0; i = from[i]) words.unshift(letters.slice(from[i], i));
  return words.join(" ");
}
