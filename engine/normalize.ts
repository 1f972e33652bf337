/**
 * Text normalisation shared by the lexicon matcher: lower case, straight quotes, contractions
 * expanded, punctuation dropped, with every token remembering where it came from in the
 * original text so evidence quotes are exact substrings of what the person wrote.
 */

/** A normalised token and the character range of the original text it came from. */
export interface Token {
  /** Normalised form (lower case, no punctuation). */
  norm: string;
  /** Start offset in the original text. */
  start: number;
  /** End offset (exclusive) in the original text. */
  end: number;
}

// Contractions and chat spellings people use with or without the apostrophe.
// Values are the expanded token sequence; the expansion keeps the original span on each token.
const EXPANSIONS: Record<string, string[]> = {
  "can't": ["can", "not"], cant: ["can", "not"], cannot: ["can", "not"],
  "won't": ["will", "not"], "wont": ["will", "not"],
  "don't": ["do", "not"], dont: ["do", "not"],
  "doesn't": ["does", "not"], doesnt: ["does", "not"],
  "didn't": ["did", "not"], didnt: ["did", "not"],
  "isn't": ["is", "not"], isnt: ["is", "not"],
  "aren't": ["are", "not"], arent: ["are", "not"],
  "wasn't": ["was", "not"], wasnt: ["was", "not"],
  "weren't": ["were", "not"], werent: ["were", "not"],
  "haven't": ["have", "not"], havent: ["have", "not"],
  "hasn't": ["has", "not"], hasnt: ["has", "not"],
  "hadn't": ["had", "not"], hadnt: ["had", "not"],
  "couldn't": ["could", "not"], couldnt: ["could", "not"],
  "wouldn't": ["would", "not"], wouldnt: ["would", "not"],
  "shouldn't": ["should", "not"], shouldnt: ["should", "not"],
  "ain't": ["am", "not"], aint: ["am", "not"],
  "i'm": ["i", "am"], im: ["i", "am"],
  "i've": ["i", "have"], ive: ["i", "have"],
  "i'll": ["i", "will"], "i'd": ["i", "would"],
  "it's": ["it", "is"], "that's": ["that", "is"], thats: ["that", "is"],
  "there's": ["there", "is"], "what's": ["what", "is"], "he's": ["he", "is"], "she's": ["she", "is"],
  "you're": ["you", "are"], youre: ["you", "are"], "they're": ["they", "are"], "we're": ["we", "are"],
  "let's": ["let", "us"],
  wanna: ["want", "to"], gonna: ["going", "to"], gotta: ["got", "to"], kinda: ["kind", "of"], sorta: ["sort", "of"],
  idk: ["i", "do", "not", "know"], "y'all": ["you", "all"], u: ["you"], ur: ["your"], r: ["are"],
  bc: ["because"], cuz: ["because"], coz: ["because"], tho: ["though"], rn: ["right", "now"],
};

const SUFFIX_CONTRACTIONS: Array<[RegExp, string[]]> = [
  [/^(\w+)n't$/, ["not"]],
  [/^(\w+)'ve$/, ["have"]],
  [/^(\w+)'ll$/, ["will"]],
  [/^(\w+)'re$/, ["are"]],
  [/^(\w+)'d$/, ["would"]],
  [/^(\w+)'s$/, []], // possessive: "mom's" -> "mom"
];

/** Straightens typographic quotes and apostrophes so one rule set covers all keyboards. */
export function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'").replace(/[\u201C\u201D]/g, '"');
}

/** Splits text into normalised tokens with original offsets. Number words stay words. */
export function tokenize(text: string): Token[] {
  const src = straighten(text);
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const raw = m[0].toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    const expanded = EXPANSIONS[raw];
    if (expanded) {
      for (const norm of expanded) tokens.push({ norm, start, end });
      continue;
    }
    let handled = false;
    for (const [rx, tail] of SUFFIX_CONTRACTIONS) {
      const mm = rx.exec(raw);
      if (mm) {
        tokens.push({ norm: mm[1], start, end });
        for (const norm of tail) tokens.push({ norm, start, end });
        handled = true;
        break;
      }
    }
    if (!handled) tokens.push({ norm: raw.replace(/'/g, ""), start, end });
  }
  return tokens;
}

/** A sentence of the original text with its offset. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * A full stop that ends nothing: inside a number ("BMI 41.3"), inside initials ("Mr O.A., 34"),
 * after a title ("Dr. Kaplan"), in a time of day ("wakes 4 a.m. and can't") or an abbreviation
 * ("e.g.", "approx.").
 */
const INNER_STOP = String.raw`(?<=\d)\.(?=\d)|(?<=(?:^|[\s(.])[A-Z])\.(?=[A-Za-z,])|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Engr|St))\.(?= [A-Z])|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?=,|\s+[a-z0-9(])|(?<=\b[ei])\.(?=[ge]\.)|(?<=\b(?:e\.g|i\.e|approx|vs))\.(?=,|\s)`;

const SENTENCE = new RegExp(String.raw`(?:[^.!?\n;]|${INNER_STOP})+(?:[.!?;]+|\n+|$)`, "g");

/**
 * Splits text into sentences on terminal punctuation and line breaks. Chat text often has no
 * punctuation at all; then the whole message is one sentence, which is what we want.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = SENTENCE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) { re.lastIndex++; continue; }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body || !/[\p{L}\p{N}]/u.test(body)) continue;
    out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}
