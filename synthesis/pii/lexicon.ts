/**
 * The word lists the name detectors read (vocab/, one entry a line, kept as data):
 * - given-names.txt, surnames.txt, places.txt: names that may stand without a cue;
 * - common-words.txt: names and places that are also everyday words ("Hope", "Mark", "Reading"),
 *   which need a cue;
 * - english-words.txt: an English dictionary in base forms (from SCOWL size 50, American and
 *   British, lower-case entries only, regular inflections folded: "knows" is read as "know"), the
 *   "is this an ordinary word?" test for a capitalised word in a frame that may hold a nickname
 *   ("Shaz knows", "a bloke at work, Gaz, …"): names mostly are not English words;
 * - not-names.txt: words that are neither in the dictionary nor anyone's name but read like one:
 *   medicines and their brands, apps and shops, slang, family words, contractions without their
 *   apostrophe ("Sertraline is", "Centrelink said", "Ive", "me and bf"), and the short function
 *   words of other languages that posts are written in ("prof de", "miss ko").
 */
import { readFileSync } from "node:fs";

export interface Vocab {
  given: Set<string>;
  surnames: Set<string>;
  places: Set<string>;
  /** Longest place name in words. */
  placeWords: number;
  common: Set<string>;
  english: Set<string>;
  notNames: Set<string>;
}

let vocab: Vocab | undefined;
export function loadVocab(): Vocab {
  if (vocab) return vocab;
  const list = (name: string) => readFileSync(new URL(`../vocab/${name}`, import.meta.url), "utf8").split("\n").map((l) => l.trim().toLowerCase()).filter(Boolean);
  const places = list("places.txt");
  vocab = {
    given: new Set(list("given-names.txt")),
    surnames: new Set(list("surnames.txt")),
    places: new Set(places.map((p) => p.replace(/\./g, ""))),
    placeWords: Math.max(...places.map((p) => p.split(/\s+/).length)),
    common: new Set(list("common-words.txt")),
    english: new Set(list("english-words.txt")),
    notNames: new Set(list("not-names.txt")),
  };
  return vocab;
}

/** Capitalised words that are never names by themselves. */
export const NEVER = new Set(
  "whenever however whatever wherever whoever maybe always never sometimes anyway honestly literally basically seriously normal male female human i i'm i've i'd i'll the a an and but so or my our me he she they it this that we you is was now then today tonight yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter thanksgiving halloween god jesus lord reddit sorry thanks thank edit update tl tldr ok okay omg lol yes no not please hi hey hello dear also just like what when why how who where which there here if because anyway after before during since until every each any some all most many much more less few both either neither one two three four five six seven eight nine ten first second third last next new old english spanish french american british irish canadian australian covid ptsd cptsd adhd ocd bpd gad mdd cbt dbt emdr er icu ssri snri xanax zoloft prozac lexapro wellbutrin adderall ritalin vyvanse seroquel lithium lamictal abilify klonopin valium ativan benadryl tylenol advil nyquil uber lyft google facebook instagram snapchat tiktok discord twitter youtube netflix spotify amazon iphone android mom mum dad grandma grandpa nan nana papa mama auntie uncle bro sis dude man guys everyone someone anyone nobody doctor therapist nurse".split(" "),
);

export const lower = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, "");

/** Base forms a word may be an inflection of, by the regular English rules the dictionary was folded by. */
function bases(w: string): string[] {
  const out: string[] = [];
  const m = (re: RegExp, f: (x: RegExpMatchArray) => string[]) => {
    const x = w.match(re);
    if (x) for (const b of f(x)) if (b.length >= 2) out.push(b);
  };
  m(/^(.+)ies$/, (x) => [x[1] + "y"]);
  m(/^(.+(?:s|x|z|ch|sh|o))es$/, (x) => [x[1]]);
  m(/^(.+[^s])s$/, (x) => [x[1]]);
  m(/^(.+)ied$/, (x) => [x[1] + "y"]);
  m(/^(.+?)(?:ed|ing)$/, (x) => [x[1], x[1] + "e", ...(/(.)\1$/.test(x[1]) ? [x[1].slice(0, -1)] : [])]);
  m(/^(.+)ily$/, (x) => [x[1] + "y"]);
  m(/^(.+)ly$/, (x) => [x[1], x[1] + "le"]);
  return out;
}

/** Is this an English word (in any case; "Knows", "mornings" and "Honestly" are)? */
export function isEnglish(word: string, v = loadVocab()): boolean {
  const w = lower(word);
  // A contraction ("you'd", "didn't") is, and so is a compound of words ("rear-ended").
  if (/['’]/.test(w)) return true;
  if (w.includes("-")) return w.split("-").every((p) => !p || isEnglish(p, v));
  return v.english.has(w) || bases(w).some((b) => v.english.has(b));
}

/** A word no name frame may take: a stop word, month, medicine, app, family word, slang. */
export function notAName(word: string, v = loadVocab()): boolean {
  const w = lower(word);
  return NEVER.has(w) || v.notNames.has(w) || /^[A-Z]{2,}$/.test(word);
}

/**
 * Could this word be someone's name in a frame that says a person is meant ("a guy at work, X,",
 * "me and x", "Dad (X,")? A listed given name or surname, or a word that is no English word.
 * Lower-case listed names that are also everyday words ("will", "bill") are not.
 */
export function personish(word: string, v = loadVocab()): boolean {
  const w = lower(word);
  if (w.length < 2 || !/^[\p{L}'’-]+$/u.test(w) || notAName(word, v)) return false;
  if (v.given.has(w) || v.surnames.has(w)) return /^\p{Lu}/u.test(word) || !v.common.has(w);
  return !isEnglish(w, v) && !v.common.has(w);
}

/** Stricter: a capitalised word that reads as a name with nothing but its own shape: not English, not a listed everyday word. */
export function unlikeAWord(word: string, v = loadVocab()): boolean {
  const w = lower(word);
  if (w.length < 2 || notAName(word, v) || v.common.has(w) || isEnglish(w, v)) return false;
  // Medicine names by their endings ("quetiapine", "clonazepam", "aripiprazole"), and coined abstract
  // nouns and adjectives by theirs ("Hyperfixation", "Neurodivergence", "Doomscrolling").
  return !/(?:[a-z]{5}ine|pam|lam|xetine|pram|tyline|idone|azine|apine|oxone|olol|afil|pril|artan|statin|mab|zole|profen|cillin|cycline|mycin|floxacin|sone|olone|barbital|amide|amine|ium|tion|sion|ism|ist|ity|ness|ment|ence|ance|ship|ing|ology|ics|phobia|philia|mania|itis|osis|emia|aholic|ised|ized|ful|less|ous|ive|able|ible|ally|ery)$/.test(w);
}
