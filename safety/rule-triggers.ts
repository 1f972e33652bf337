/**
 * Cheap pre-checks for the risk rules. Most rules begin every alternative with a word list
 * (`\b(?:want|wanted|urge…) …`); a message that contains none of those words cannot match, so
 * the full pattern need not run. Triggers are derived from each pattern's own source, never
 * written by hand, and a pattern whose start is not a plain word list gets no pre-check (it
 * always runs): the pre-check may only skip work, never change a result.
 */

/** A necessary condition for a pattern: one of these words (or word prefixes) occurs. */
export interface Triggers {
  words: string[];
  prefixes: string[];
}

/** Splits `source` at top-level `|` (outside groups and classes). */
function splitTop(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The end index of the group that opens at `open` (the index of its "("). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The first word an option must start with: exact, or a prefix when what follows may vary. */
function leadingWord(option: string): { word: string; prefix: boolean } | undefined {
  let word = "";
  for (let i = 0; i < option.length; i++) {
    const c = option[i];
    const next = option[i + 1];
    if (/[a-z0-9']/.test(c)) {
      // "urges?" or "lo+l": the character is optional or repeated, so only what precedes is certain.
      if (next === "?" || next === "*" || next === "{" || next === "+") return word ? { word, prefix: true } : undefined;
      word += c;
      continue;
    }
    if (c === " ") return word ? { word, prefix: false } : undefined;
    if (c === "\\" && next === "b") return word ? { word, prefix: false } : undefined;
    // A class, group, wildcard or escape: the word may continue in ways we do not read.
    return word ? { word, prefix: true } : undefined;
  }
  return word ? { word, prefix: false } : undefined;
}

/** Triggers for a pattern source, or undefined when it has no plain leading word list. */
export function triggersFor(source: string): Triggers | undefined {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const alt of splitTop(source)) {
    if (!alt.startsWith("\\b")) return undefined;
    const rest = alt.slice(2);
    if (!addLeading(rest, words, prefixes)) return undefined;
  }
  return { words: [...words], prefixes: [...prefixes] };
}

/** Adds an option's leading word, looking into a leading non-optional group; false if it has none. */
function addLeading(option: string, words: Set<string>, prefixes: Set<string>, depth = 0, forcePrefix = false): boolean {
  if (option.startsWith("(?:")) {
    const end = groupEnd(option, 0);
    // An optional or repeated leading group guarantees nothing.
    if (depth >= 3 || end < 0 || /^[?*{+]/.test(option.slice(end + 1))) return false;
    // "(?:hear|see)ing": the word goes on after the group, so its options are only prefixes.
    const after = option.slice(end + 1);
    const wordEnds = after === "" || after.startsWith(" ") || after.startsWith("\\b");
    return splitTop(option.slice(3, end)).every((o) => addLeading(o, words, prefixes, depth + 1, forcePrefix || !wordEnds));
  }
  const lead = leadingWord(option);
  if (!lead) return false;
  (lead.prefix || forcePrefix ? prefixes : words).add(lead.word);
  return true;
}

/** The words of a normalised message, and every prefix of them, for constant-time checks. */
export function messageIndex(text: string): { words: Set<string>; prefixes: Set<string> } {
  const words = new Set(text.match(/[a-z0-9']+/g) ?? []);
  const prefixes = new Set<string>();
  for (const w of words) for (let i = 1; i <= w.length; i++) prefixes.add(w.slice(0, i));
  return { words, prefixes };
}

/** False only when the message cannot contain the pattern's leading words. */
export function mayMatch(t: Triggers | undefined, index: { words: Set<string>; prefixes: Set<string> }): boolean {
  if (!t) return true;
  return t.words.some((w) => index.words.has(w)) || t.prefixes.some((p) => index.prefixes.has(p));
}
