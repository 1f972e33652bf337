/**
 * Normalise stage, part 2: undo the ways people write around filters before anything reads the
 * message. Produces alternative *readings* of a message; each is screened like the original,
 * and a reading counts only for what it adds (see read-risk.ts). Nothing here can lower risk.
 *
 * - leetspeak inside words: "k1ll mys3lf", "d13", "su1c1de", "unal1ve", "0verdose";
 * - separators inside a word: "k.i.l.l", "s u i c i d e", "k-i-l-l m-y-s-e-l-f", "k*ll"; whole sentences
 *   spelled out letter by letter ("i k e e p t h i n k i n g a b o u t…") read back into words
 *   (segment-words.ts); crisis initialisms with dots ("k.m.s.");
 * - stretched letters: "diiiie", "killlll", "deaddd";
 * - emoji that stand for means or death (🔫 💊 🔪 🪢 🪦 ⚰️) and algospeak ("unalive", "sewer
 *   slide", "self delete", "forever nap", "ctb", "toaster bath");
 * - base64 blocks, decoded when they turn out to be readable text.
 *
 * Every reading keeps a map from its characters to the original message, so evidence quoted
 * from a reading is still a verbatim substring of what the person wrote.
 */

import { segmentWords } from "./segment-words.js";

/** One way of reading a message. */
export interface Reading {
  /** What kind of reading: the message with obfuscation undone, or a decoded block. */
  kind: "deobfuscated" | "decoded";
  /** The text to screen. */
  text: string;
  /** Maps a substring of `text` back to the original message (verbatim), or "" when it cannot. */
  toOriginal(quote: string): string;
}

// Words a de-obfuscated token may turn into. Only tokens that become one of these (or start one of
// them, for "k1lling") are rewritten, so "b4", "gr8", "ps5" and "9mm" stay as written.
const TARGETS = [
  "kill", "killing", "killed", "myself", "yourself", "suicide", "suicidal", "die", "dying", "died", "dead", "death", "unalive", "unalived", "unaliving",
  "end", "ending", "life", "hang", "hanging", "noose", "rope", "overdose", "overdosing", "pills", "cut", "cutting", "self", "harm", "jump", "bridge",
  "gun", "shoot", "knife", "blade", "razor", "bleed", "poison", "want", "wanna", "tonight", "goodbye", "murder", "stab", "hurt", "slit", "wrists",
  "alive", "live", "living", "exist", "gone", "forever", "it", "all", "my", "me", "to", "i", "am", "going", "gonna", "do",
  "bleeding", "blood", "have", "the", "right", "here", "im", "now", "pills", "tablets", "rope", "noose", "a", "sleep", "wake", "up", "not",
  "foutre", "tuer", "bridge", "train", "jump",
  // Spanish, French, Portuguese, German, Italian: spelled out letter by letter too ("m e t u e r").
  "matar", "matarme", "morir", "morirme", "suicidarme", "suicidio", "tuer", "mourir", "suicider", "morrer", "suicidar", "umbringen", "mich", "sterben",
  "uccidermi", "ammazzarmi", "morire", "suicidarmi", "quero", "quiero", "veux", "voglio", "will", "desviver", "desvivir", "desvivirse",
];
const TARGET_SET = new Set(TARGETS);
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l", "€": "e" };
const LEET_ALT: Record<string, string> = { "1": "l", "!": "l", "0": "o" };

/** Emoji that stand for a means or for death, read as words. 💀 is laughter in chat and is left alone. */
const EMOJI: Array<[RegExp, string]> = [
  [/\u{1F52B}/gu, " gun "],
  [/\u{1F48A}/gu, " pills "],
  [/\u{1F52A}|\u{1F5E1}\uFE0F?/gu, " knife "],
  [/\u{1FAA2}/gu, " rope "],
  [/\u{1FAA6}|\u26B0\uFE0F?|\u26B1\uFE0F?/gu, " dead "],
  [/\u{1FA78}/gu, " blood "],
  [/\u{1F309}/gu, " bridge "],
  [/\u{1F3EB}/gu, " school "],
  [/\u{1F686}|\u{1F682}|\u{1F683}|\u{1F684}|\u{1F685}|\u{1F687}/gu, " train "],
];

/** Algospeak for dying and suicide, in the normalised spelling the rules read. */
const ALGOSPEAK: Array<[RegExp, string]> = [
  [/\bun[- ]?aliv(?:e|ing|ed)(?= (?:him|her|them|you|someone|somebody|people|everyone|my (?:\w+ )?(?:dad|mum|mom|father|mother|husband|wife|boss|ex|brother|sister|family)))/gi, "kill"],
  [/\bun[- ]?aliv(?:e|ing|ed)(?: (?:my ?self|meself|me))?\b/gi, "kill myself"],
  [/\bsewer[- ]?slid(?:e|ing)\b/gi, "suicide"],
  // Spanish and Portuguese algospeak for suicide: "desvivirse", "desviver" (un-live).
  [/\bdesvivir(?:me|se|te)?\b/gi, "matarme"],
  [/\bdesviver\b/gi, "me matar"],
  // "kys" is "kill yourself" said to someone; said of oneself ("thinking about k.y.s") it is the person's own.
  [/(?<=\b(?:thinking about|think about|thought about|thinkin bout|want to|wanna|gonna|going to|about to|might just|might|ready to) )k\.?\s?y\.?\s?s\b/gi, "kill myself"],
  [/\bself[- ]?delet(?:e|ing|ion)\b/gi, "kill myself"],
  // "took the forever nap", "taking a dirt nap": the act of dying, not only the word for death.
  [/\b(?:took|take|takes|taking|taken) (?:the|a|my|that) (?:forever|eternal|permanent|long|dirt) (?:nap|sleep)\b/gi, "died"],
  [/\b(?:forever|eternal|permanent|long) (?:nap|sleep|dirt nap)\b/gi, "death"],
  [/\bctb\b/gi, "end my life"],
  [/\btoaster bath\b/gi, "suicide"],
  [/\bcommit (?:sudoku|toaster bath|die)\b/gi, "commit suicide"],
  [/\bs\/h\b/gi, "self harm"],
];

const WORDISH = /[\p{L}\p{N}@$!|€*]+/gu;

function stretchFixed(word: string): string {
  // "diiiie" -> "diie" -> "die"; keep a doubled letter when that is the real word ("kill").
  const two = word.replace(/(\p{L})\1{2,}/gu, "$1$1");
  if (TARGET_SET.has(two)) return two;
  const one = two.replace(/(\p{L})\1/gu, "$1");
  if (TARGET_SET.has(one)) return one;
  return word;
}

/** Every leet character read as its letter ("h3r3" -> "here"). */
function leetSpelled(lower: string): string {
  return [...lower].map((c) => LEET[c] ?? c).join("");
}

function unleet(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (!/[0-9@$!|€]/.test(lower) || !/\p{L}/u.test(lower)) return undefined;
  // Ordinals, times, units and models are numbers, not leetspeak.
  if (/^\d+(?:st|nd|rd|th|am|pm|mm|mg|ml|kg|km|lb|lbs|k|m|s|g|x|h|hr|hrs|yo|y|yr|yrs|d|w|gb|mb|p|fps)$/i.test(lower)) return undefined;
  const candidates = [
    leetSpelled(lower),
    [...lower].map((c) => LEET_ALT[c] ?? LEET[c] ?? c).join(""),
  ];
  // Digits between letters in any language ("f1nita", "m4tar", "d1sparaitre") are letters in disguise.
  if (/^\p{L}+(?:[013457@$]\p{L}+)+$/u.test(lower)) return candidates[0];
  for (const c of candidates) {
    const fixed = stretchFixed(c);
    if (TARGET_SET.has(fixed)) return fixed;
    if (TARGETS.some((t) => t.length >= 4 && fixed.startsWith(t) && fixed.length - t.length <= 3)) return fixed;
  }
  return undefined;
}

function unstar(token: string): string | undefined {
  if (!token.includes("*") || !/\p{L}/u.test(token)) return undefined;
  const re = new RegExp(`^${token.toLowerCase().replace(/[^\p{L}*]/gu, "").replace(/\*/g, "\\p{L}")}$`, "u");
  return TARGETS.find((t) => re.test(t));
}

/** Greedy split of letters run together ("killmyself") into target words, or undefined. */
function segmentTargets(letters: string): string | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < letters.length) {
    let best = "";
    for (const t of TARGETS) if (t.length > best.length && letters.startsWith(t, i)) best = t;
    if (!best) return undefined;
    out.push(best);
    i += best.length;
  }
  return out.length ? out.join(" ") : undefined;
}

/** Text with a per-character map back to the original, built piece by piece. */
class Mapped {
  text = "";
  from: number[] = [];
  to: number[] = [];
  push(s: string, a: number, b: number): void {
    for (let i = 0; i < s.length; i++) {
      this.text += s[i];
      this.from.push(a);
      this.to.push(b);
    }
  }
  pushVerbatim(s: string, at: number): void {
    for (let i = 0; i < s.length; i++) {
      this.text += s[i];
      this.from.push(at + i);
      this.to.push(at + i + 1);
    }
  }
}

function readingOf(kind: Reading["kind"], m: Mapped, original: string): Reading {
  return {
    kind,
    text: m.text,
    toOriginal(quote: string) {
      const at = m.text.toLowerCase().indexOf(quote.toLowerCase());
      if (at < 0 || !quote) return "";
      return original.slice(m.from[at], m.to[at + quote.length - 1]).trim();
    },
  };
}

/** Crisis initialisms spelled out with dots or spaces in lower case ("k.m.s.", "c t b"), read as written plainly; capitals ("K.M.S. Logistics") are a name. */
const SPACED_INITIALISM = /(?<![\p{L}\p{N}])([kc])[ .]{1,2}([mt])[ .]{1,2}([sb])\.?(?![\p{L}\p{N}])/gu;
const INITIALISMS = new Set(["kms", "ctb"]);

// Single characters separated by dots, dashes, underscores, stars or single spaces: "k.i.l.l", "s u i c i d e".
const SPACED = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@$!][ .\-_*·]{1,2}){3,}[\p{L}\p{N}@$!](?![\p{L}\p{N}])/gu;

/**
 * Rewrites every match of `re` in a mapped text in place (`put` writes what stands for the match at
 * index `i` into `next`), keeping each character's link to the original. True when anything matched.
 */
function rewrite(m: Mapped, re: RegExp, put: (matched: string, i: number, next: Mapped) => void): boolean {
  re.lastIndex = 0;
  if (!re.test(m.text)) return false;
  re.lastIndex = 0;
  const next = new Mapped();
  let pos = 0;
  for (const x of m.text.matchAll(re)) {
    const i = x.index ?? 0;
    for (let k = pos; k < i; k++) next.push(m.text[k], m.from[k], m.to[k]);
    put(x[0], i, next);
    pos = i + x[0].length;
  }
  for (let k = pos; k < m.text.length; k++) next.push(m.text[k], m.from[k], m.to[k]);
  m.text = next.text;
  m.from = next.from;
  m.to = next.to;
  return true;
}

/** One to three words in scare quotes ('desligar', "sleep", 'shoot up'), not an apostrophe inside or after a word. */
const SCARE_QUOTED = /(?<![\p{L}\p{N}])['"\u2018\u201C]\p{L}{2,}(?: \p{L}+){0,2}['"\u2019\u201D](?![\p{L}\p{N}])/gu;

/** The message with obfuscation undone, or undefined when there was none to undo. */
export function deobfuscate(original: string): Reading | undefined {
  // 1. Emoji and runs of separated letters, on the original.
  const m = new Mapped();
  let changed = false;
  let last = 0;
  const spans: Array<{ a: number; b: number; s: string }> = [];
  for (const x of original.matchAll(SPACED)) {
    const letters = x[0].replace(/[ .\-_*·]/g, "").toLowerCase().replace(/[0-9@$!]/g, (c) => LEET[c] ?? c);
    const words = segmentTargets(letters) ?? (letters.length >= 8 ? segmentWords(letters) : undefined);
    if (words) spans.push({ a: x.index ?? 0, b: (x.index ?? 0) + x[0].length, s: words });
  }
  for (const x of original.matchAll(SPACED_INITIALISM)) {
    const word = (x[1] + x[2] + x[3]).toLowerCase();
    if (INITIALISMS.has(word)) spans.push({ a: x.index ?? 0, b: (x.index ?? 0) + x[0].length, s: word });
  }
  for (const [re, word] of EMOJI) for (const x of original.matchAll(re)) spans.push({ a: x.index ?? 0, b: (x.index ?? 0) + x[0].length, s: word });
  spans.sort((p, q) => p.a - q.a);
  const pieces: Array<{ a: number; b: number; s?: string }> = [];
  for (const s of spans) {
    if (s.a < last) continue;
    if (s.a > last) pieces.push({ a: last, b: s.a });
    pieces.push(s);
    last = s.b;
    changed = true;
  }
  if (last < original.length) pieces.push({ a: last, b: original.length });

  // 2. Word by word inside the untouched pieces: leetspeak, stars, stretched letters. A message
  // written in leetspeak throughout ("1 d0nt w4nt t0 b3 h3r3 4nym0r3") is decoded word by word, not
  // only where a word becomes one of the targets, and a lone "1" in it is "i".
  const tokens = [...original.matchAll(WORDISH)].map((w) => w[0]);
  const mixed = tokens.filter((t) => /\p{L}/u.test(t) && /[0-9@$]/.test(t) && !/^\d+(?:st|nd|rd|th|am|pm|mm|mg|ml|kg|km|s|k|x|h|yo)$/i.test(t)).length;
  const dense = mixed >= 3 && mixed / Math.max(1, tokens.length) >= 0.5;
  for (const p of pieces) {
    if (p.s !== undefined) {
      m.push(p.s, p.a, p.b);
      continue;
    }
    const chunk = original.slice(p.a, p.b);
    let at = 0;
    for (const w of chunk.matchAll(WORDISH)) {
      const i = w.index ?? 0;
      if (i > at) m.pushVerbatim(chunk.slice(at, i), p.a + at);
      const token = w[0];
      const lower = token.toLowerCase();
      const fixed =
        unleet(token) ??
        (dense && /\p{L}/u.test(lower) && /[0-9@$]/.test(lower) ? stretchFixed(leetSpelled(lower)) : undefined) ??
        (dense && lower === "1" ? "i" : undefined) ??
        unstar(token) ??
        (/(\p{L})\1{2,}/u.test(lower) ? stretchFixed(lower) : undefined);
      if (fixed && fixed !== lower) {
        m.push(fixed, p.a + i, p.a + i + token.length);
        changed = true;
      } else m.pushVerbatim(token, p.a + i);
      at = i + token.length;
    }
    if (at < chunk.length) m.pushVerbatim(chunk.slice(at), p.a + at);
  }

  // 3. Scare quotes around a word or two mark a euphemism or a threat played down ("me 'desligar' de
  // vez", "going to 'sleep'", "going to 'shoot up' the school"): the words are read as said.
  if (rewrite(m, SCARE_QUOTED, (matched, i, next) => {
    for (let k = i + 1; k < i + matched.length - 1; k++) next.push(m.text[k], m.from[k], m.to[k]);
  })) changed = true;

  // 4. Algospeak, on the result.
  for (const [re, word] of ALGOSPEAK) {
    if (rewrite(m, re, (matched, i, next) => next.push(word, m.from[i], m.to[i + matched.length - 1]))) changed = true;
  }
  return changed ? readingOf("deobfuscated", m, original) : undefined;
}

const BASE64_BLOCK = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{12,}={0,2}(?![A-Za-z0-9+/=])/g;

/** Decodes base64 blocks that turn out to be readable text (each becomes its own reading). */
export function decodedBlocks(original: string): Reading[] {
  const out: Reading[] = [];
  for (const x of original.matchAll(BASE64_BLOCK)) {
    const block = x[0];
    // Real words and numbers are not base64: it needs mixed case or digits, and a length that decodes.
    if (!/[A-Z]/.test(block) || !/[a-z]/.test(block) || block.replace(/=+$/, "").length % 4 === 1) continue;
    let decoded: string;
    try {
      decoded = Buffer.from(block, "base64").toString("utf8");
    } catch {
      continue;
    }
    const printable = decoded.replace(/[^\p{L}\p{N}\p{P}\s]/gu, "").length;
    if (decoded.length < 6 || printable / decoded.length < 0.95 || !/\p{L}{2,} \p{L}{2,}/u.test(decoded)) continue;
    out.push({ kind: "decoded", text: decoded, toOriginal: () => block });
  }
  return out;
}

/** Every alternative reading of a message (none when it is written plainly). */
export function alternateReadings(original: string): Reading[] {
  const readings: Reading[] = [];
  const plain = deobfuscate(original);
  if (plain) readings.push(plain);
  for (const block of decodedBlocks(original)) {
    readings.push(block);
    const inner = deobfuscate(block.text);
    if (inner) readings.push({ kind: "decoded", text: inner.text, toOriginal: block.toOriginal });
  }
  return readings;
}
