/**
 * Pet forms of a name found in the post: "Samantha" … "Sam", "Sammy"; "Bennett" … "Benny";
 * "Ryan" … "I call him Ry". A pet form is the name's first letters (three or more; two where the
 * post says it is what someone is called), alone or with a diminutive ending (-y, -ie, -o, -a, -s,
 * -za, -zza…), and it gets the full name's placeholder.
 */
import { isEnglish, loadVocab, lower, notAName } from "./lexicon.js";

const DIMINUTIVE = ["y", "ie", "ey", "o", "a", "s", "sy", "za", "zza", "zy", "ers", "ster", "mie", "my", "ny"];
/** Abbreviated months and weekdays ("Jan", "Sept", "Thurs") are no one's pet form. */
const ABBREVIATION = new Set("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split(" "));

/** Is `short` a pet form of `full` (both any case)? */
export function petOf(short: string, full: string, minLetters = 3): boolean {
  const s = short.toLowerCase();
  const f = full.toLowerCase();
  if (s === f || ABBREVIATION.has(s)) return false;
  const stems = [s];
  for (const end of DIMINUTIVE)
    if (s.endsWith(end) && s.length > end.length) {
      const stem = s.slice(0, -end.length);
      stems.push(stem);
      if (/(.)\1$/.test(stem)) stems.push(stem.slice(0, -1));
    }
  return stems.some((st) => st.length >= minLetters && f.startsWith(st));
}

/** The longer name, among those found, that a word is a pet form of. */
export function fullNameOf(short: string, names: Iterable<string>, minLetters = 3): string | undefined {
  for (const n of names) if (n.length > 3 && petOf(short, n, minLetters)) return n;
  return undefined;
}

/**
 * Capitalised pet forms of the found names where nothing else found them ("Jacqueline … Jac").
 * An English word is one only where it cannot be a sentence's ordinary first word ("… with Will",
 * never "Will I ever…"), and only when it is a listed given name.
 */
export function petMentions(text: string, names: string[], known: (word: string) => boolean): Array<{ start: number; end: number; text: string; key: string }> {
  if (!names.length) return [];
  const v = loadVocab();
  const out: Array<{ start: number; end: number; text: string; key: string }> = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}\p{Ll}{2,11}(?![\p{L}\p{N}])/gu)) {
    const word = m[0];
    const w = lower(word);
    if (known(w) || notAName(word, v) || v.places.has(w)) continue;
    const full = fullNameOf(w, names);
    if (!full) continue;
    const sentenceStart = /(?:^|[.!?:"“]\s*|\n\s*)$/.test(text.slice(0, m.index!));
    if (isEnglish(w, v) && (sentenceStart || !v.given.has(w))) continue;
    out.push({ start: m.index!, end: m.index! + word.length, text: word, key: full });
  }
  return out;
}
