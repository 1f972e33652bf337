/**
 * The lexicon pattern language (documented in knowledge/types.ts) compiled to regular
 * expressions over a sentence's normalised token stream.
 *
 * Why a small language instead of raw regexes: the lexicon is data curated by clinicians and
 * engineers; phrasings like "can not ~2 sleep" or "worr* about everything" read like the
 * words people write, and compile to one fast regex each.
 */
import type { Token } from "./normalize.js";

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a|an|couple|few|several";

/** A compiled pattern: run it over a token stream with `matchPattern`. */
export interface CompiledPattern {
  source: string;
  /** Built on first use. */
  readonly regex: RegExp;
  /**
   * Tokens of which at least one must occur for the pattern to match: the alternatives of its
   * most selective required token. Lets the matcher skip patterns whose words are absent.
   */
  anchor: { exact: string[]; prefix: string[] } | null;
  /**
   * Every required token's alternatives. A sentence lacking any one of them cannot match, so the
   * matcher checks these cheap set lookups before running the regex (most candidates fail here).
   */
  required: Array<{ exact: string[]; prefix: string[] }>;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compileAlternative(word: string): string {
  if (word.endsWith("*")) return `${escape(word.slice(0, -1))}[^ ]*`;
  return escape(word);
}

/** A required token's alternatives: exact words and prefixes (from "word*"). */
type Alternatives = { exact: string[]; prefix: string[] };

// The lexicon's ~80,000 patterns share a few thousand distinct token alternatives ("feel*|felt"):
// one frozen object each, so half a million required-token entries cost a few thousand objects.
const ALTERNATIVES = new Map<string, Alternatives>();

function alternativesOf(word: string, alts: string[]): Alternatives {
  let a = ALTERNATIVES.get(word);
  if (!a) {
    a = Object.freeze({ exact: alts.filter((x) => !x.endsWith("*")), prefix: alts.filter((x) => x.endsWith("*")).map((x) => x.slice(0, -1)) }) as Alternatives;
    ALTERNATIVES.set(word, a);
  }
  return a;
}

/** Parses a pattern: its regex body, anchor and required tokens. Throws when it is malformed. */
function parsePattern(source: string): { body: string; anchor: CompiledPattern["anchor"]; required: CompiledPattern["required"] } {
  const parts = source.trim().toLowerCase().replace(/'/g, "").split(/\s+/).filter(Boolean);
  if (!parts.length) throw new Error(`empty lexicon pattern`);
  let body = "";
  let anchor: CompiledPattern["anchor"] = null;
  const required: CompiledPattern["required"] = [];
  for (const part of parts) {
    let piece: string;
    let optional = false;
    let word = part;
    if (/^~\d*$/.test(word)) {
      const n = word.length > 1 ? Number(word.slice(1)) : 3;
      body += `(?:[^ ]+ ){0,${n}}`;
      continue;
    }
    if (word.endsWith("?") && word.length > 1) {
      optional = true;
      word = word.slice(0, -1);
    }
    if (word === "_") piece = "[^ ]+";
    else if (word === "#") piece = `(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS})`;
    else {
      const alts = word.split("|").filter(Boolean);
      if (!alts.length || alts.some((a) => !/^[\p{L}\p{N}]+\*?$/u.test(a))) {
        throw new Error(`bad token "${part}" in lexicon pattern "${source}"`);
      }
      piece = `(?:${alts.map(compileAlternative).join("|")})`;
      if (!optional) {
        const a = alternativesOf(word, alts);
        anchor = betterAnchor(anchor, a);
        required.push(a);
      }
    }
    body += optional ? `(?:${piece} )?` : `${piece} `;
  }
  return { body, anchor, required };
}

/**
 * Compiles one pattern; throws with the pattern text when it is malformed. The regex itself is
 * built the first time the pattern is run (most of the lexicon never runs in a process: the
 * anchor and required-token checks rule it out first), which keeps the compiled lexicon small.
 */
export function compilePattern(source: string): CompiledPattern {
  const { anchor, required } = parsePattern(source);
  return new LazyPattern(source, anchor, required);
}

/** A compiled pattern whose regex is built on first use (a class: no closure per pattern). */
class LazyPattern implements CompiledPattern {
  #regex: RegExp | undefined;
  constructor(
    readonly source: string,
    readonly anchor: CompiledPattern["anchor"],
    readonly required: CompiledPattern["required"],
  ) {}
  get regex(): RegExp {
    // Every token is followed by one space in the haystack, so the pattern is anchored to whole tokens.
    return (this.#regex ??= new RegExp(`(?<= )${parsePattern(this.source).body}`, "gu"));
  }
}

/** Prefers exact tokens over prefixes, then fewer alternatives, then longer words (rarer). */
function betterAnchor(current: CompiledPattern["anchor"], next: Alternatives): CompiledPattern["anchor"] {
  // A prefix shorter than 3 letters selects almost nothing; such a token is a poor anchor.
  if (next.prefix.some((p) => p.length < 3)) return current;
  if (!current) return next;
  const cost = (a: { exact: string[]; prefix: string[] }) =>
    a.exact.length + a.prefix.length * 4 - Math.min(...[...a.exact, ...a.prefix].map((w) => w.length)) * 0.1;
  return cost(next) < cost(current) ? next : current;
}

/** The token stream as one string (" tok tok tok ") plus a map from string offsets to token index. */
export interface Haystack {
  text: string;
  tokenAt: Map<number, number>;
  tokens: Token[];
}

export function buildHaystack(tokens: Token[]): Haystack {
  let text = " ";
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    tokenAt.set(text.length, i);
    text += `${t.norm} `;
  });
  return { text, tokenAt, tokens };
}

/** A match as a token range [first, last] inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/** The words of a sentence and all their beginnings, for `mayMatch`. */
export interface TokenIndex {
  words: Set<string>;
  prefixes: Set<string>;
}

export function indexTokens(norms: string[]): TokenIndex {
  const prefixes = new Set<string>();
  for (const w of norms) for (let n = 1; n <= w.length; n++) prefixes.add(w.slice(0, n));
  return { words: new Set(norms), prefixes };
}

/** False when some required token of the pattern is absent from the sentence: the regex cannot match. */
export function mayMatch(pattern: CompiledPattern, index: TokenIndex): boolean {
  return pattern.required.every((r) => r.exact.some((w) => index.words.has(w)) || r.prefix.some((p) => index.prefixes.has(p)));
}

/** All non-overlapping matches of a pattern in the haystack, as token ranges. */
export function matchPattern(pattern: CompiledPattern, hay: Haystack): TokenRange[] {
  const out: TokenRange[] = [];
  pattern.regex.lastIndex = 0;
  for (let m = pattern.regex.exec(hay.text); m; m = pattern.regex.exec(hay.text)) {
    const first = hay.tokenAt.get(m.index);
    // The match ends with a space; the last token starts after the previous space.
    const endIdx = m.index + m[0].length - 1;
    const lastStart = hay.text.lastIndexOf(" ", endIdx - 1) + 1;
    const last = hay.tokenAt.get(lastStart);
    if (first !== undefined && last !== undefined && m[0].length > 0) out.push({ first, last });
    if (m[0].length === 0) pattern.regex.lastIndex++;
  }
  return out;
}

/**
 * Words that deny the word after them: "hears no voices", "had never any attacks". Not "not", which
 * belongs to its verb and often is the symptom itself ("super up, doesn't need sleep").
 */
const GAP_NEGATOR = new Set(["no", "never"]);

/** Each pattern's own words (exact and prefixes), built on first use. */
const LITERALS = new Map<string, { exact: Set<string>; prefix: string[] }>();

function literalsOf(source: string): { exact: Set<string>; prefix: string[] } {
  let l = LITERALS.get(source);
  if (!l) {
    const words = source.toLowerCase().replace(/'/g, "").split(/\s+/).filter((w) => w && !/^~\d*$/.test(w) && w !== "#" && w !== "_");
    const alts = words.flatMap((w) => w.replace(/\?$/, "").split("|")).filter(Boolean);
    l = { exact: new Set(alts.filter((a) => !a.endsWith("*"))), prefix: alts.filter((a) => a.endsWith("*")).map((a) => a.slice(0, -1)) };
    LITERALS.set(source, l);
  }
  return l;
}

/**
 * A denial inside a match that the pattern's own words do not include: "He hears no voices" matched
 * by "{hear|hears} ~2 voices", "had no panic attacks" by "had ~2 panic attacks". ConText looks for a
 * negation before a mention; this one sits in the pattern's gap, right before one of its words. A
 * denial the pattern spells out itself ("{no|lost} appetite") is part of the concept, not a denial of it.
 */
export function negatedInGap(pattern: CompiledPattern, hay: Haystack, range: TokenRange): boolean {
  const own = literalsOf(pattern.source);
  const isOwn = (w: string) => own.exact.has(w) || own.prefix.some((p) => w.startsWith(p));
  for (let k = range.first + 1; k < range.last; k++) {
    const w = hay.tokens[k].norm;
    if (GAP_NEGATOR.has(w) && !isOwn(w) && isOwn(hay.tokens[k + 1].norm)) return true;
  }
  return false;
}

