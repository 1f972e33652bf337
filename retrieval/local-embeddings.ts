/**
 * A local embedding function for Chroma: feature hashing of normalised, lightly stemmed words,
 * word pairs and character n-grams into a fixed-size, L2-normalised vector. No model, no
 * download, no network; the same text always gives the same vector, on any machine.
 *
 * How a text becomes a vector:
 *   1. normalise: lower case, accents folded, contractions expanded ("can't" -> "can not",
 *      "I'm" -> "i am"), punctuation dropped;
 *   2. tokens: stop words dropped (but "down", "up", "out", "alone" are kept: "feel down",
 *      "throw up", "freak out"); negations ("not", "no", "never"...) are kept only inside word
 *      pairs, so "no energy" and "can not sleep" are features while "not" alone is noise;
 *   3. features, in three groups each L2-normalised on its own and then weighted (words 75%,
 *      pairs 5%, character n-grams 20% of the squared norm), so long words cannot drown the rest:
 *        - words: stems (suffix stripping: "worried", "worrying", "worries" -> "worry";
 *          "depression", "depressive", "depressed" -> "depress"; "anxious", "anxiety" -> "anxi");
 *        - pairs: adjacent stems after stop-word removal, never across punctuation ("panic attack", "no energy");
 *        - character 3- and 4-grams of each surface word with boundary marks, for
 *          misspellings and stems that disagree ("nightmeres" still shares most n-grams);
 *      with sublinear term frequency (1 + ln tf): a word said ten times is not ten times as telling;
 *   4. the hashing trick: each feature goes to one of `dimensions` slots with a hash-chosen sign,
 *      so collisions cancel on average instead of piling up.
 *
 * Limits, stated plainly:
 *   - it measures shared wording, not meaning: "I can't be bothered with anything" and "loss of
 *     interest" share no words, so idioms must be bridged elsewhere (the knowledge documents carry
 *     the lexicon's everyday phrasings, and the retrieve node adds the labels of the concepts the
 *     lexicon found to the query);
 *   - no corpus statistics (no IDF): frequent content words ("feel", "time") are only tamed by
 *     the stop list and sublinear tf;
 *   - negation is only local: "no energy" is a pair, but "I do not think I am depressed" still
 *     carries "depress"; the engine's ConText rules, not retrieval, decide what is present;
 *   - English only; the stemmer is a light suffix stripper, not a lemmatiser, and irregular
 *     forms beyond a short list ("slept", "ate", "woke"...) are left to the character n-grams;
 *   - hashing collisions: with 2048 dimensions and a few thousand distinct features per corpus,
 *     unrelated texts have small non-zero (possibly negative) cosines; scores are comparable
 *     within a query, not calibrated probabilities.
 */
import { knownEmbeddingFunctions, registerEmbeddingFunction, type EmbeddingFunction, type EmbeddingFunctionSpace } from "chromadb";

/** Bump when the features change: it is part of `id`, so indexes built with older features are rebuilt. */
const FEATURE_VERSION = 5;
// 2048, not 1024: at 1024 a one-word misspelled query ("exausted") hit a collision with an
// unrelated document's word and ranked it first; dev recall is the same within noise.
const DEFAULT_DIMENSIONS = 2048;

/** Squared shares of the three feature groups in the final vector (they sum to 1). */
// Tuned on the dev recall figures (evals/retrieval-recall.ts): pairs help precision on short
// phrases but, weighted higher, let generic pairs in long questions outweigh the telling words.
const GROUP_WEIGHTS = { word: 0.75, pair: 0.05, char: 0.2 } as const;

const STOP = new Set(
  (
    "a an the and or but if then else of to in on at for with from by as into onto about against between through during before after above below " +
    "is are was were be been being am do does did doing done have has had having will would shall should can could may might must " +
    "i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers herself it its itself they them their theirs themselves " +
    "this that these those there here what which who whom whose when where why how all any both each few more most other some such own same " +
    "so than too very just really also only even still quite rather pretty much many lot lots bit " +
    "get gets got getting go goes going gone went come comes came " +
    "like um uh oh ok okay yeah yes hi hello thanks thank please " +
    "know think thing things something anything everything someone anyone everyone somebody anybody everybody " +
    "s t d ll m re ve"
  ).split(/\s+/),
);

/** Kept only inside word pairs: "no energy", "can not sleep", "never stop". */
const NEGATIONS = new Set(["not", "no", "never", "nothing", "nobody", "none", "nor", "without", "cannot"]);

/** Irregular forms the suffix stripper cannot reach. */
const IRREGULAR: Record<string, string> = {
  slept: "sleep", felt: "feel", ate: "eat", eaten: "eat", woke: "wake", woken: "wake", lost: "lose",
  died: "die", dying: "die", dead: "die", death: "die", drank: "drink", drunk: "drink", thought: "think",
  fought: "fight", fell: "fall", fallen: "fall", hurt: "hurt", left: "leave", kept: "keep", broke: "break",
  broken: "break", took: "take", taken: "take", gave: "give", given: "give", said: "say", told: "tell",
  heard: "hear", saw: "see", seen: "see", ran: "run", hid: "hide", hidden: "hide", children: "child",
  kids: "child", kid: "child", men: "man", women: "woman", people: "person", mum: "mom", mother: "mom", father: "dad",
};

/**
 * Suffix rules, longest first: [suffix, replacement, shortest stem left (default 3)]. Applied up to
 * three times, so "emotionally" -> "emotional" -> "emotion" -> "emot" meets "emotions" -> "emot".
 */
const SUFFIXES: Array<[string, string, number?]> = [
  ["ational", "ate"], ["fulness", ""], ["icking", "ic"], ["iness", "y"], ["ities", ""], ["icked", "ic"], ["ness", ""],
  ["ments", ""], ["ment", ""], ["ingly", ""], ["edly", ""], ["iety", "i"], ["ions", ""], ["ion", ""], ["ings", ""],
  ["ing", ""], ["ies", "y", 2], ["ied", "y", 2], ["ily", "y"], ["ity", ""], ["ous", ""], ["ive", ""], ["ful", ""],
  ["atic", "a"], ["al", ""], ["ly", ""], ["ed", ""], ["es", ""], ["s", ""],
];

/** Light stemmer: irregulars, repeated suffix stripping, final "e" dropped, final double consonant undoubled. */
export function stem(word: string): string {
  let w = IRREGULAR[word] ?? word;
  for (let round = 0; round < 3 && !IRREGULAR[word]; round++) {
    const rule = SUFFIXES.find(([suffix, , min = 3]) => w.endsWith(suffix) && w.length - suffix.length >= min);
    if (!rule) break;
    const [suffix, replacement] = rule;
    // "stress", "focus", "crisis": a final s that is part of the word stays.
    if (suffix === "s" && /(ss|us|is)$/.test(w)) break;
    // "es" only after sibilants ("boxes", "rushes"); otherwise it is "e" + "s" ("hopes").
    if (suffix === "es" && !/(s|x|z|ch|sh)es$/.test(w)) {
      w = w.slice(0, -1);
      continue;
    }
    w = w.slice(0, -suffix.length) + replacement;
  }
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Lower case, folded accents, expanded contractions, letters and digits only. */
export function normalise(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/\bcan'?t\b/g, "can not")
      .replace(/\bwon'?t\b/g, "will not")
      .replace(/\b(\w+)n't\b/g, "$1 not")
      .replace(/'m\b/g, " am")
      .replace(/'re\b/g, " are")
      .replace(/'ve\b/g, " have")
      .replace(/'ll\b/g, " will")
      .replace(/'d\b/g, " would")
      .replace(/'s\b/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** 32-bit FNV-1a: fast, stable across platforms and Node versions. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Counts = Map<string, number>;
const bump = (m: Counts, f: string) => m.set(f, (m.get(f) ?? 0) + 1);

/** Word, pair and character-n-gram counts of a text. */
function features(text: string): { word: Counts; pair: Counts; char: Counts } {
  const word: Counts = new Map();
  const pair: Counts = new Map();
  const char: Counts = new Map();
  // Pairs never span punctuation: "low mood; tearful" must not make "mood tearful".
  for (const segment of text.split(/[.;:!?,()\n\u2013\u2014]+/)) {
    let previous: string | undefined;
    for (const token of normalise(segment)) {
      if (NEGATIONS.has(token)) {
        previous = "not";
        continue;
      }
      if (STOP.has(token) || (token.length < 2 && !/\d/.test(token))) continue;
      const s = stem(token);
      bump(word, s);
      if (previous) bump(pair, `${previous}_${s}`);
      previous = s;
      const padded = `<${token}>`;
      for (const n of [3, 4]) for (let j = 0; j + n <= padded.length; j++) bump(char, padded.slice(j, j + n));
    }
  }
  return { word, pair, char };
}

/** Embeds one text into a unit vector of `dimensions` numbers (all zeros for a text with no features). */
export function embedText(text: string, dimensions = DEFAULT_DIMENSIONS): number[] {
  const vec = new Float64Array(dimensions);
  const groups = features(text);
  for (const group of ["word", "pair", "char"] as const) {
    const counts = groups[group];
    let norm = 0;
    for (const n of counts.values()) norm += (1 + Math.log(n)) ** 2;
    if (!norm) continue;
    const scale = Math.sqrt(GROUP_WEIGHTS[group] / norm);
    for (const [f, n] of counts) {
      const h = fnv1a(`${group[0]}:${f}`);
      // The sign comes from a different bit than the slot, so colliding features cancel on average.
      vec[h % dimensions] += (h & 0x80000000 ? -1 : 1) * (1 + Math.log(n)) * scale;
    }
  }
  let norm = 0;
  for (const v of vec) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vec, (v) => v / norm);
}

/** Configuration Chroma stores with a collection (it cannot store the function itself). */
export interface LocalHashEmbeddingConfig {
  dimensions?: number;
}

/**
 * Chroma embedding function over `embedText`. Always pass an instance to getCollection and
 * getOrCreateCollection: Chroma only stores its name and config, and without the function the
 * client would fall back to its default model, which downloads weights.
 */
export class LocalHashEmbedding implements EmbeddingFunction {
  /** Name Chroma stores in the collection configuration. */
  static readonly embeddingName = "psyllm-local-hash";
  readonly name = LocalHashEmbedding.embeddingName;
  readonly dimensions: number;

  constructor(config: LocalHashEmbeddingConfig = {}) {
    this.dimensions = config.dimensions ?? DEFAULT_DIMENSIONS;
    if (!Number.isInteger(this.dimensions) || this.dimensions < 64) throw new Error(`local embedding: dimensions must be an integer >= 64, got ${config.dimensions}`);
  }

  /** Identifies the vector space in the index's content hash: features, version and size. */
  get id(): string {
    return `local-hash-v${FEATURE_VERSION}-${this.dimensions}`;
  }

  async generate(texts: string[]): Promise<number[][]> {
    return texts.map((t) => embedText(t, this.dimensions));
  }

  /** Vectors are unit length, so cosine, l2 and ip rank alike; cosine gives readable distances. */
  defaultSpace(): EmbeddingFunctionSpace {
    return "cosine";
  }

  supportedSpaces(): EmbeddingFunctionSpace[] {
    return ["cosine", "l2", "ip"];
  }

  getConfig(): Record<string, unknown> {
    return { dimensions: this.dimensions, version: FEATURE_VERSION };
  }

  /** Lets Chroma rebuild the function from a stored collection configuration. */
  static buildFromConfig(config: Record<string, unknown>): LocalHashEmbedding {
    return new LocalHashEmbedding({ dimensions: typeof config.dimensions === "number" ? config.dimensions : undefined });
  }

  validateConfigUpdate(newConfig: Record<string, unknown>): void {
    if (newConfig.dimensions !== undefined && newConfig.dimensions !== this.dimensions) throw new Error("local embedding: changing dimensions needs a rebuilt collection");
  }
}

/**
 * Registers LocalHashEmbedding with the Chroma client (once), so a collection opened without an
 * explicit embedding function in this process is rebuilt from its stored config instead of
 * having none. Still pass the function explicitly: other processes have not registered it.
 */
export function registerLocalEmbedding(): void {
  if (!knownEmbeddingFunctions.has(LocalHashEmbedding.embeddingName)) registerEmbeddingFunction(LocalHashEmbedding.embeddingName, LocalHashEmbedding);
}
