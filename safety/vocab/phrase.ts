/**
 * The small phrase language the risk vocabularies are written in (the JSON files beside this
 * one), compiled to regular expressions over normalised text (normalize-text.ts: lower case,
 * accents folded, "didn't" -> "did not", "i'm" -> "i am"):
 *
 *   word        that word
 *   word*       any word starting with "word" ("overdos*")
 *   *word       any word ending with "word" (compounds: "*brucke" reads "talbrucke")
 *   [a|b|c d]   one of the alternatives (each may be several words or end in *)
 *   word?  [..]? the token may be left out
 *   _           any one word
 *   __          up to three words
 *   ___         up to six words
 *   #           a number, in digits or words ("12", "twelve", "a dozen")
 *   a & b & c   every part in one sentence, in any order ("[thighs|hips] & [so nobody|so no one] &
 *               [asks|sees|notices]" reads "moved to my thighs so nobody asks" and "so no one sees,
 *               I do it on my hips"); the mention is the part that comes first, once a sentence
 *
 * Keeping vocabularies as data (the way medspaCy keeps rules as resources) lets a clinician
 * review or extend a class without reading code.
 */

import { mayMatch, messageIndex, type Triggers } from "../rule-triggers.js";
import { BoundedMemo } from "../bounded-memo.js";

type WordIndex = ReturnType<typeof messageIndex>;

const WORD = "[\\p{L}\\p{N}'*\"]+";

const NUMBER = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozen|dos|tres|cuatro|cinco|seis|diez|deux|trois|quatre|cinq|dix|dois|quatro|zwei|drei|vier|funf|zehn|due|quattro|cinque|dieci)";

function token(t: string): string {
  if (t === "#") return NUMBER;
  if (t === "_") return `${WORD}`;
  if (t === "__") return `(?:${WORD}(?: ${WORD}){0,2})`;
  if (t === "___") return `(?:${WORD}(?: ${WORD}){0,5})`;
  // "*brucke": any word ending so (German compounds: "Talbrücke", "Autobahnbrücke").
  const ending = t.length > 1 && t.startsWith("*");
  const star = !ending && t.endsWith("*");
  const base = ending ? t.slice(1) : star ? t.slice(0, -1) : t;
  const esc = base.replace(/[.+^${}()|\\/]/g, "\\$&").replace(/-/g, "[- ]?");
  return ending ? `[\\p{L}\\p{N}']*${esc}` : star ? `${esc}[\\p{L}\\p{N}']*` : esc;
}

function splitTokens(phrase: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < phrase.length) {
    if (phrase[i] === " ") {
      i++;
      continue;
    }
    if (phrase[i] === "[") {
      const end = phrase.indexOf("]", i);
      if (end < 0) throw new Error(`vocabulary: unclosed [ in "${phrase}"`);
      if (phrase.slice(i + 1, end).includes("[")) throw new Error(`vocabulary: brackets cannot nest in "${phrase}"`);
      let j = end + 1;
      if (phrase[j] === "?") j++;
      out.push(phrase.slice(i, j));
      i = j;
      continue;
    }
    let j = i;
    while (j < phrase.length && phrase[j] !== " ") j++;
    out.push(phrase.slice(i, j));
    i = j;
  }
  return out;
}

/** Lower case with accents dropped, as normalize-text.ts folds the message. */
export function foldPhrase(phrase: string): string {
  return phrase.trim().normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Where a phrase may start and end: no letter, digit or apostrophe beside it ("j'ai", "o'clock"). A
 * quotation mark typed as an apostrophe ("'what if I stabbed him'") is a double quote in normalised text.
 * (One lookbehind: two made every class several times slower to scan.)
 */
const PHRASE_START = "(?<![\\p{L}\\p{N}'])";
const PHRASE_END = "(?![\\p{L}\\p{N}'])";

/** Regex source for one phrase, bounded at word edges. */
export function phraseSource(phrase: string): string {
  const parts = coParts(phrase);
  if (parts) return coSource(parts);
  return `${PHRASE_START}(?:${phraseBody(phrase)})${PHRASE_END}`;
}

/** The parts of a co-occurrence phrase ("a & b & c"), or undefined for an ordinary phrase. */
function coParts(phrase: string): string[] | undefined {
  if (!phrase.includes(" & ")) return undefined;
  const parts = phrase.split(" & ").map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p)) throw new Error(`vocabulary: empty part in "${phrase}"`);
  return parts;
}

/** Characters that end a sentence: co-occurring parts may not reach across them. */
const IN_SENTENCE = "[^.!?\\n]*";

/**
 * A co-occurrence: the part that comes first is the one matched, when every other part follows it
 * in the same sentence (one mention per sentence, so a class that counts distinct mentions counts it once).
 */
function coSource(parts: string[]): string {
  const bounded = parts.map((p) => `${PHRASE_START}(?:${phraseBody(p)})${PHRASE_END}`);
  const options = bounded.map((own, i) => {
    const others = bounded.filter((_, j) => j !== i).map((o) => `(?=${own}${IN_SENTENCE}${o})`);
    return `${others.join("")}${own}`;
  });
  return `(?:${options.join("|")})`;
}

/** Regex source for one phrase without its word edges (for patterns that bound several phrases once). */
export function phraseBody(phrase: string): string {
  const parts: Array<{ src: string; optional: boolean }> = [];
  for (const raw of splitTokens(foldPhrase(phrase))) {
    const optional = raw.endsWith("?") && raw.length > 1;
    const t = optional ? raw.slice(0, -1) : raw;
    let src: string;
    if (t.startsWith("[")) {
      const alts = t.slice(1, -1).split("|").map((a) => a.trim().split(/\s+/).map(token).join(" "));
      src = `(?:${alts.join("|")})`;
    } else src = token(t);
    parts.push({ src, optional });
  }
  let out = "";
  parts.forEach((p, i) => {
    const sep = i === 0 ? "" : " ";
    out += p.optional ? `(?:${sep}${p.src})?` : `${sep}${p.src}`;
  });
  // A leading optional token leaves a space before the next one: make it part of the option.
  out = out.replace(/^\(\?:((?:[^()]|\([^()]*\))*)\)\? /, "(?:$1 )?");
  return out;
}

/** One anchor option: a word the text must contain, or a prefix one of its words must start with. */
type Anchor = { word: string; prefix: boolean };

/** The anchor a single word of a phrase gives, if it is a plain word (a hyphen may be a space or nothing: only what precedes it is certain). */
function wordAnchor(t: string): Anchor | undefined {
  // A word known only by its ending ("*brucke") is no whole word of the text: it anchors nothing.
  if (t.startsWith("*")) return undefined;
  // Punctuation around a word (".22", "(dramatic)") bounds it as the text's word splitter does.
  const m = /^[^a-z0-9'*-]*([a-z0-9']+)(.?)/.exec(t);
  if (!m) return undefined;
  const next = m[2];
  // What may continue the word: "*" any ending, "-" a hyphen that may also be a space or nothing.
  return { word: m[1], prefix: next === "*" || next === "-" };
}

/**
 * What one phrase cannot match without: the most specific of its required tokens, as the set of
 * words (or prefixes) one of which the text must contain; undefined when no required token is a
 * plain word (the phrase starts and ends with wildcards or numbers).
 */
export function phraseAnchors(phrase: string): Anchor[] | undefined {
  // Every part of a co-occurrence is required: the most specific part's anchors stand for it.
  const parts = coParts(phrase);
  if (parts) {
    const options = parts.map(phraseAnchors).filter((a): a is Anchor[] => !!a?.length);
    const score = (a: Anchor[]) => Math.min(...a.map((x) => x.word.length - (x.prefix ? 0.5 : 0))) - 0.1 * a.length;
    return options.sort((a, b) => score(b) - score(a))[0];
  }
  let best: { anchors: Anchor[]; score: number } | undefined;
  for (const raw of splitTokens(foldPhrase(phrase))) {
    if (raw.endsWith("?") && raw.length > 1) continue;
    let anchors: Anchor[] | undefined;
    if (raw.startsWith("[")) {
      anchors = [];
      for (const alt of raw.slice(1, -1).split("|")) {
        // Every word of an option is required within it: the most specific one stands for it.
        const options = alt.trim().split(/\s+/).map(wordAnchor).filter((a): a is Anchor => !!a);
        if (!options.length) {
          anchors = undefined;
          break;
        }
        anchors.push(options.sort((a, b) => b.word.length - (b.prefix ? 0.5 : 0) - (a.word.length - (a.prefix ? 0.5 : 0)))[0]);
      }
    } else {
      const a = wordAnchor(raw);
      anchors = a ? [a] : undefined;
    }
    if (!anchors?.length) continue;
    const score = Math.min(...anchors.map((a) => a.word.length - (a.prefix ? 0.5 : 0))) - 0.1 * anchors.length;
    if (!best || score > best.score) best = { anchors, score };
  }
  return best?.anchors;
}

/** Each compiled class's necessary words (undefined: no pre-check, the class always runs). */
const classTriggers = new WeakMap<RegExp, Triggers | undefined>();

/** A class's necessary words: the union of its phrases' anchors, or undefined when one phrase has none. */
function triggersOf(phrases: readonly string[]): Triggers | undefined {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const p of phrases) {
    const anchors = phraseAnchors(p);
    if (!anchors) return undefined;
    for (const a of anchors) (a.prefix ? prefixes : words).add(a.word);
  }
  return { words: [...words], prefixes: [...prefixes] };
}

/** One compiled class: every phrase of it in one pattern. */
export function compileClass(phrases: readonly string[]): RegExp {
  const re = new RegExp(phrases.map(phraseSource).join("|"), "gu");
  classTriggers.set(re, triggersOf(phrases));
  return re;
}

/** The word index of a text (rule-triggers.ts), the last few cached: many classes are checked against one text in turn. */
// A message, its question and the earlier turns are checked in turn: keep the last few.
const recentIndexes = new BoundedMemo<string, WordIndex>(8);
export function wordIndex(text: string): WordIndex {
  return recentIndexes.get(text, () => messageIndex(text));
}

/**
 * False only when a compiled class cannot match `text` (a normalised text, or any text that
 * contains the one matched): none of its phrases' necessary words occurs. A pre-check that may
 * only skip work, never change a result; a pattern not made by compileClass always runs.
 */
export function classMayMatch(re: RegExp, text: string): boolean {
  const t = classTriggers.get(re);
  return !t || mayMatch(t, wordIndex(text));
}

/** A vocabulary file: class name -> phrases. */
export type Vocabulary = Record<string, string[]>;

/** Compiles every class of a vocabulary (done once, on first use). */
export function compileVocabulary(v: Vocabulary): Record<string, RegExp> {
  const out: Record<string, RegExp> = {};
  for (const [name, phrases] of Object.entries(v)) if (!name.startsWith("//")) out[name] = compileClass(phrases);
  return out;
}
