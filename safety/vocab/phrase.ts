/**
 * The small phrase language the risk vocabularies are written in (the JSON files beside this
 * one), compiled to regular expressions over normalised text (normalize-text.ts: lower case,
 * accents folded, "didn't" -> "did not", "i'm" -> "i am"):
 *
 *   word        that word
 *   word*       any word starting with "word" ("overdos*")
 *   [a|b|c d]   one of the alternatives (each may be several words or end in *)
 *   word?  [..]? the token may be left out
 *   _           any one word
 *   __          up to three words
 *   ___         up to six words
 *   #           a number, in digits or words ("12", "twelve", "a dozen")
 *
 * Keeping vocabularies as data (the way medspaCy keeps rules as resources) lets a clinician
 * review or extend a class without reading code.
 */

const WORD = "[\\p{L}\\p{N}']+";

const NUMBER = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozen|dos|tres|cuatro|cinco|seis|diez|deux|trois|quatre|cinq|dix|dois|quatro|zwei|drei|vier|funf|zehn|due|quattro|cinque|dieci)";

function token(t: string): string {
  if (t === "#") return NUMBER;
  if (t === "_") return `${WORD}`;
  if (t === "__") return `(?:${WORD}(?: ${WORD}){0,2})`;
  if (t === "___") return `(?:${WORD}(?: ${WORD}){0,5})`;
  const star = t.endsWith("*");
  const base = star ? t.slice(0, -1) : t;
  const esc = base.replace(/[.+^${}()|\\/]/g, "\\$&").replace(/-/g, "[- ]?");
  return star ? `${esc}[\\p{L}\\p{N}']*` : esc;
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

/** Regex source for one phrase. */
export function phraseSource(phrase: string): string {
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
  return `(?<![\\p{L}\\p{N}'])(?:${out})(?![\\p{L}\\p{N}'])`;
}

/** One compiled class: every phrase of it in one pattern. */
export function compileClass(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map(phraseSource).join("|"), "gu");
}

/** A vocabulary file: class name -> phrases. */
export type Vocabulary = Record<string, string[]>;

/** Compiles every class of a vocabulary (done once, on first use). */
export function compileVocabulary(v: Vocabulary): Record<string, RegExp> {
  const out: Record<string, RegExp> = {};
  for (const [name, phrases] of Object.entries(v)) if (!name.startsWith("//")) out[name] = compileClass(phrases);
  return out;
}
