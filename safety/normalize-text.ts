/**
 * Text normalisation for the risk rules: lower case, accents dropped, straight quotes,
 * contractions and chat spellings expanded ("dont" -> "do not", "wanna" -> "want to",
 * "kms" -> "kill myself"), whitespace collapsed. Every character of the normalised text
 * remembers the span of the original it came from, so evidence quoted back to the app is an
 * exact substring of what the person wrote.
 *
 * Kept separate from engine/normalize.ts on purpose: the safety layer must stay
 * dependency-free and its expansions (crisis slang) are its own.
 */
import { BoundedMemo } from "./bounded-memo.js";

/** Normalised text plus, per normalised character, the original span it came from. */
export interface NormalizedText {
  /** The original message. */
  original: string;
  /** Normalised text the rules run on. */
  text: string;
  /** start[i]: offset in `original` where normalised char i came from. */
  start: number[];
  /** end[i]: exclusive end offset in `original` for normalised char i. */
  end: number[];
}

// Contractions and chat spellings, written with or without the apostrophe.
const EXPANSIONS: Record<string, string> = {
  "can't": "can not", cant: "can not", cannot: "can not",
  "won't": "will not", wont: "will not",
  "don't": "do not", dont: "do not", "doesn't": "does not", doesnt: "does not",
  "didn't": "did not", didnt: "did not", "isn't": "is not", isnt: "is not",
  "aren't": "are not", arent: "are not", "wasn't": "was not", wasnt: "was not",
  "weren't": "were not", werent: "were not", "haven't": "have not", havent: "have not",
  "hasn't": "has not", hasnt: "has not", "hadn't": "had not", hadnt: "had not",
  "couldn't": "could not", couldnt: "could not", "wouldn't": "would not", wouldnt: "would not",
  "shouldn't": "should not", shouldnt: "should not", "ain't": "am not", aint: "am not",
  "i'm": "i am", im: "i am", "i've": "i have", ive: "i have", "i'll": "i will", "i'd": "i would",
  "it's": "it is", "that's": "that is", thats: "that is", "there's": "there is",
  "what's": "what is", whats: "what is", "he's": "he is", "she's": "she is", shes: "she is",
  "you're": "you are", youre: "you are", "they're": "they are", theyre: "they are", "we're": "we are",
  "he'll": "he will", "she'll": "she will", "they'll": "they will", "he'd": "he would", "she'd": "she would",
  "they'd": "they would", "let's": "let us", "y'all": "you all",
  wanna: "want to", gonna: "going to", gotta: "got to", hafta: "have to", kinda: "kind of", sorta: "sort of",
  tryna: "trying to", finna: "going to",
  u: "you", ur: "your", urself: "yourself", pls: "please", plz: "please", bc: "because", cuz: "because", coz: "because",
  tho: "though", rn: "right now", idk: "i do not know", idc: "i do not care", tbh: "to be honest",
  ngl: "not going to lie", imo: "in my opinion", thinkin: "thinking", wantin: "wanting",
  nothin: "nothing", somethin: "something", alot: "a lot", abt: "about", bout: "about", n: "and", w: "with", b4: "before",
  // Crisis slang: expanded so the same rules cover it. "kys" stays as is (usually aimed at
  // someone else); first-person uses are matched by their own rule.
  kms: "kill myself", kmsl: "kill myself",
  od: "overdose", oding: "overdosing", "od'd": "overdosed", odd: "odd", odeed: "overdosed",
  // Algospeak and common misspellings of suicide words.
  suicdal: "suicidal", suicidel: "suicidal", sucidal: "suicidal", suisidal: "suicidal", suicidial: "suicidal",
  suicical: "suicidal", suicial: "suicidal", "su1c1dal": "suicidal", "su1cidal": "suicidal", "s*icidal": "suicidal",
  sucide: "suicide", suicde: "suicide", suiside: "suicide", suicid: "suicide", "su1c1de": "suicide", "su1cide": "suicide",
  "s*icide": "suicide", "sui*ide": "suicide", sewerslide: "suicide", suicidee: "suicide",
  kil: "kill", kll: "kill", kilk: "kill", mysef: "myself", myslef: "myself", mysefl: "myself", meself: "myself",
  wana: "want to", wnna: "want to", dieee: "die", diee: "die",
  tmrw: "tomorrow", tmr: "tomorrow", tmrrw: "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2nite": "tonight", tonite: "tonight", "2day": "today",
  // Scots and other dialect spellings, and dropped g's ("leanin ower the rail lookin doon").
  didnae: "did not", dinnae: "do not", disnae: "does not", cannae: "can not", canny: "can not", wouldnae: "would not", couldnae: "could not",
  isnae: "is not", wasnae: "was not", willnae: "will not", naebody: "nobody", naething: "nothing", nae: "no", ower: "over", doon: "down",
  jist: "just", watter: "water", daein: "doing", mair: "more", o: "of", masel: "myself", mysel: "myself", hame: "home", morra: "tomorrow", wi: "with", gonnae: "going to", dae: "do", aw: "all",
  leanin: "leaning", lookin: "looking", sittin: "sitting", standin: "standing", goin: "going", doin: "doing", tryin: "trying", fixin: "fixing",
  sayin: "saying", feelin: "feeling", cuttin: "cutting", hurtin: "hurting", dyin: "dying", killin: "killing", jumpin: "jumping",
  plannin: "planning", hangin: "hanging", takin: "taking", givin: "giving", writin: "writing", starin: "staring", holdin: "holding",
};

/** Drops accents ("tomé" -> "tome", "não" -> "nao") and lower-cases one word. */
function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'");
}

// Words (letters, digits, inner apostrophes, asterisks used to dodge filters) and everything else.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}*]|['\u2018\u2019\u02BC](?=[\p{L}]))*|\s+|[^]/gu;

// Words whose "'s" means "is" rather than a possessive ("life's not worth it").
const IS_WORDS = new Set(["life", "everything", "nothing", "it", "that", "there", "who", "what", "where", "he", "she", "everyone", "nobody", "noone", "someone", "this", "here", "today", "tonight", "one"]);

/** Words after which a Scots "o" means "of". */
const SCOTS_OF_NEXT = /^\s+(?:it|them|the|ma|my|yer|your|us|that|this|these|those|they|his|her|oor|our|yon|whit)\b/i;

/** Past participles after which "'s" is "has" ("he's been sick twice", "she's got a knife"), not "is". */
const HAS_PARTICIPLE = /^\s+(?:been|got|gotten|gone|had|taken|made|said|told|left|started|stopped|tried|bought|written|given|decided)\b/i;

/** Generic clitics: "x'll" -> "x will", "x've" -> "x have", "x'd" -> "x would", "x'm" -> "x am", "x's" -> "x is" or "x". */
function expandSuffix(word: string): string | undefined {
  const m = /^([\p{L}\p{N}]+)'(s|ll|ve|d|re|m|t)$/u.exec(word);
  if (!m) return undefined;
  const [, stem, suffix] = m;
  switch (suffix) {
    case "s": return IS_WORDS.has(stem) ? `${stem} is` : stem;
    case "ll": return `${stem} will`;
    case "ve": return `${stem} have`;
    case "d": return `${stem} would`;
    case "re": return `${stem} are`;
    case "m": return `${stem} am`;
    case "t": return stem.endsWith("n") ? `${stem.slice(0, -1)} not` : undefined;
    default: return undefined;
  }
}

/** The last few texts normalised: one turn's message and window are normalised by several readers in turn. */
const recent = new BoundedMemo<string, NormalizedText>(16);

/** Normalises a message, keeping a map back to the original characters (shared and frozen: read only). */
export function normalizeText(original: string): NormalizedText {
  return recent.get(original, () => {
    const got = normalizeAfresh(original);
    Object.freeze(got.start);
    Object.freeze(got.end);
    return Object.freeze(got);
  });
}

function normalizeAfresh(original: string): NormalizedText {
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  const push = (s: string, from: number, to: number, perChar: boolean) => {
    for (let i = 0; i < s.length; i++) {
      text += s[i];
      start.push(perChar ? from + i : from);
      end.push(perChar ? from + i + 1 : to);
    }
  };
  // An apostrophe used as a quotation mark has been opened and not yet closed.
  let quoteOpen = false;
  for (const m of original.matchAll(TOKEN)) {
    const tok = m[0];
    const at = m.index ?? 0;
    if (/^\s+$/.test(tok)) {
      if (text.endsWith(" ") || text.endsWith("\n") || text.length === 0) {
        if (tok.includes("\n") && text.endsWith(" ")) text = text.slice(0, -1) + "\n";
        continue;
      }
      push(tok.includes("\n") ? "\n" : " ", at, at + tok.length, false);
      continue;
    }
    if (/^[\p{L}\p{N}]/u.test(tok)) {
      const folded = foldWord(tok);
      // A number glued to its unit ("5minutes", "2hrs") reads as two words.
      const glued = /^(\d+)(minutes?|mins?|hours?|hrs?)$/.exec(folded);
      if (glued) {
        push(`${glued[1]} ${glued[2]}`, at, at + tok.length, false);
        continue;
      }
      let expanded: string | undefined = EXPANSIONS[folded] ?? EXPANSIONS[folded.replace(/'/g, "")] ?? expandSuffix(folded);
      // Scots "o" is "of" only before an English word ("any o it", "the rest o the pills"); in
      // Portuguese it is the article ("deixa o filho"), and in Spanish and Italian "or".
      if (folded === "o" && !SCOTS_OF_NEXT.test(original.slice(at + tok.length))) expanded = undefined;
      // "a W", "another W", "take the W": a win (slang), not "w/" for "with".
      if (folded === "w" && /\b(?:a|an|another|the|big|huge|massive|easy|free|lowkey)\s*$/i.test(text)) expanded = undefined;
      // "he's been", "it's got": the clitic is "has" before a participle.
      if (expanded?.endsWith(" is") && /'s$/.test(folded) && HAS_PARTICIPLE.test(original.slice(at + tok.length))) expanded = `${expanded.slice(0, -3)} has`;
      if (expanded !== undefined) push(expanded, at, at + tok.length, false);
      else push(folded, at, at + tok.length, folded.length === tok.length);
      continue;
    }
    // Punctuation and symbols: straighten quotes, keep the rest (sentence ends matter). An apostrophe
    // standing alone (not inside a word: "j'ai", "don't") is a quotation mark ("'what if I stabbed him'"),
    // except a plural possessive ("my parents' house").
    const apostrophe = /^[\u2018\u2019\u02BC\u0060\u00B4']$/.test(tok);
    const possessive = apostrophe && !quoteOpen && /s$/.test(text) && /^(?:\s|$)/.test(original.slice(at + tok.length, at + tok.length + 1));
    if (apostrophe && !possessive) quoteOpen = !quoteOpen;
    const ch = tok.replace(/[\u2018\u2019\u02BC\u0060\u00B4']/g, possessive ? "'" : '"').replace(/[\u201C\u201D\u00AB\u00BB]/g, '"');
    push(ch, at, at + tok.length, ch.length === tok.length);
  }
  return { original, text, start, end };
}

/** The original substring behind normalised range [from, to). */
export function originalSpan(n: NormalizedText, from: number, to: number): string {
  if (to <= from || from >= n.start.length) return "";
  const a = n.start[from];
  const b = n.end[Math.min(to, n.end.length) - 1];
  return n.original.slice(a, b).trim();
}

/** A sentence of the normalised text: [from, to) offsets. */
export interface Span {
  from: number;
  to: number;
}

/** Splits normalised text into sentences (., !, ?, ;, newlines). Long run-ons stay one sentence. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?;\u2026]+(?=\s|$|["')])|\n+/g;
  let from = 0;
  for (const m of text.matchAll(re)) {
    const to = (m.index ?? 0) + m[0].length;
    if (text.slice(from, to).trim()) out.push({ from, to });
    from = to;
  }
  if (from < text.length && text.slice(from).trim()) out.push({ from, to: text.length });
  return out;
}
