/**
 * Lethal-means and dose information in one sentence of a reply, by mechanism rather than by a
 * phrase per case. The vocabularies are data (means-vocab.json beside this file, in the phrase
 * language of ../vocab/phrase.ts); the logic is which signals a sentence pairs:
 *
 * - an amount (digits with or without units, ranges, number words, "twice the usual dose",
 *   "a whole packet", "a handful", "all of them") with a medicine or a means, or with
 *   lethality / painlessness / sufficiency wording ("is enough to", "could be fatal");
 * - lethality, speed, painlessness or time-course wording with a medicine or a means
 *   ("an overdose is quick", "a fall from that height is often survived");
 * - medicine with alcohol (or a second medicine) and wording that they act stronger or faster;
 * - where or how to get a means easily, how to get round a safety measure, how to do it.
 *
 * Hard amounts (digits, units, multiples of a dose) are never excused. Soft ones (a few, all of
 * them, a whole packet) are excused in means-restriction advice ("give all your tablets to your
 * sister") and emergency advice ("if you took a whole packet, go to A&E now"); lethality wording
 * about a medicine is excused in emergency advice and in advice about stopping a medicine.
 */
import { readFileSync } from "node:fs";
import { BoundedMemo } from "../bounded-memo.js";
import { normalizeText } from "../normalize-text.js";
import { foldPhrase, phraseBody } from "../vocab/phrase.js";

/** What a sentence gives away: lethal-means information, or a dose of a medicine. */
export type MeansKind = "lethal_means" | "dose_information";

/** A finding on one sentence: its kind and the mechanism that found it (for logs and tests). */
export interface MeansFinding {
  kind: MeansKind;
  why: "how_to" | "access" | "bypass" | "amount_lethality" | "amount_means" | "lethality" | "speed" | "time_course" | "combination" | "dose";
}

type Lists = Record<string, string[]>;
type PhraseClass =
  | "multiplier" | "quantity" | "method" | "alcohol" | "effect" | "speed" | "painless" | "time_course" | "sufficiency" | "intensifier" | "combine"
  | "access_verb" | "access_ease" | "bypass" | "bypass_alone" | "safety_measure" | "how_to" | "emergency" | "protective" | "discontinuation";
const PHRASE_CLASSES: PhraseClass[] = [
  "multiplier", "quantity", "method", "alcohol", "effect", "speed", "painless", "time_course", "sufficiency", "intensifier", "combine",
  "access_verb", "access_ease", "bypass", "bypass_alone", "safety_measure", "how_to", "emergency", "protective", "discontinuation",
];

interface Compiled {
  cls: Record<PhraseClass, RegExp>;
  medicine: RegExp;
  hard: RegExp[];
  threshold: RegExp;
  soft: RegExp[];
}

const L = "(?<![\\p{L}\\p{N}'])";
const R = "(?![\\p{L}\\p{N}'])";
const ESC = /[.*+?^${}()|[\]\\/]/g;

/** Regex source for a phrase without its word bounds; a leading * lets it end a longer word (German compounds). */
function source(phrase: string): string {
  const t = phrase.trim();
  const inner = phraseBody(t.replace(/^\*/, ""));
  return t.startsWith("*") ? `\\p{L}*(?:${inner})` : inner;
}

/** One alternation of plain words from a list: folded, escaped, "*" for any ending or beginning. */
function words(list: string[]): string {
  const alts = list
    .map(foldPhrase)
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const lead = w.startsWith("*") ? "\\p{L}*" : "";
      const core = w.replace(/^\*|\*$/g, "");
      return lead + core.replace(ESC, "\\$&").replace(/ /g, "\\s") + (w.endsWith("*") ? "\\p{L}*" : "");
    });
  return `(?:${alts.join("|")})`;
}

/** One pattern for a list of phrases, bounded once (small patterns compile fast). */
const phrases = (list: string[]) => `${L}(?:${list.map(source).join("|")})${R}`;
const flat = (v: string[] | Lists): string[] => (Array.isArray(v) ? v : Object.entries(v).filter(([k]) => !k.startsWith("//")).flatMap(([, l]) => l));

let compiled: Compiled | undefined;

function load(): Compiled {
  if (compiled) return compiled;
  const v = JSON.parse(readFileSync(new URL("./means-vocab.json", import.meta.url), "utf8")) as Record<string, string[] | Lists>;
  const a = v.amount as Lists;
  const cls = {} as Record<PhraseClass, RegExp>;
  for (const c of PHRASE_CLASSES) cls[c] = new RegExp(phrases(flat(v[c])), "u");
  const medicine = phrases(flat(v.medicine));

  const num = `(?:\\d+(?:[.,]\\d+)?|${words(a.number_words)})`;
  const range = `${num}(?:\\s?${words(a.range_joiners)}\\s?${num})?`;
  const quant = words(a.quantity_words);
  const links = `(?:\\s${words(a.count_links)}){0,3}`;
  const referent = `${words(a.referent_links)}\\s${words(a.referents)}${R}`;
  const notAfter = `(?!\\s?${words(a.not_after_number)}${R})`;
  const container = `(?:(?:${words(a.container_determiners)}|${range}|${quant}(?:\\s${words(a.referent_links)})?)\\s(?:${words(a.wholes)}\\s)?|${words(a.whole_determiners)}\\s${words(a.wholes)}\\s)${words(a.containers)}${R}`;

  const hard = [
    // 50 mg, 20 to 60 mg, 4 g, 2.5 ml, a gram; 10 metres
    `${L}(?:${range}\\s?|(?:a|an|half a|half an)\\s)(?:${words(a.dose_units)})${R}`,
    `${L}${range}\\s?${words(a.height_units)}${R}`,
    // 20 pills, 2 or 3 of your diazepam, 8 or 9 of those
    `${L}${range}${links}\\s(?:${medicine}|${referent})`,
    // twice the usual amount, three times the prescribed dose, above the normal dose
    phrases(flat(v.multiplier)),
  ];
  const soft = [
    // a few extra tablets, all of them, a couple of each
    `${L}${quant}${links}\\s(?:${phrases(a.dose_forms)}|${referent})`,
    // a whole packet, half a bottle, a couple of full boxes, eine ganze Packung, une boîte
    `${L}${container}`,
    // a handful
    phrases(flat(v.quantity)),
  ];
  compiled = {
    cls,
    medicine: new RegExp(medicine, "gu"),
    hard: hard.map((s) => new RegExp(s, "u")),
    // over 20, more than 15 (not "over 3 weeks"): a threshold, read with a means or lethality only
    threshold: new RegExp(`${L}${words(a.comparators)}\\s${range}${R}${notAfter}`, "u"),
    soft: soft.map((s) => new RegExp(s, "u")),
  };
  return compiled;
}

/** The text the vocabularies are matched on: normalised, with French elisions opened ("l'alcool" -> "l alcool"). */
export function meansText(sentence: string): string {
  return normalizeText(sentence)
    .text.replace(/(?<![\p{L}])(l|d|j|n|m|t|s|c|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/gu, "$1 ")
    // Figures of speech and denials are not doses or lethality: "in tiny doses", "a dose of
    // reality", "uncomfortable but not dangerous".
    .replace(/\bin (?:small|tiny|little|short|manageable|bite-sized|measured|gentle|low) doses\b/g, "bit by bit")
    .replace(/\ba (?:healthy |good |big |small )?dose of (?:reality|humou?r|fresh air|sunlight|self-compassion|kindness|patience|perspective|fun|nature)\b/g, "some of it")
    .replace(/\b(?:not|never|is not|are not|no longer|nothing)\s+(?:\w+\s+)?(?:dangerous|harmful|toxic|lethal|deadly|fatal|life-threatening)\b/g, "safe");
}

/**
 * Reads one sentence; undefined when it gives no means or dose information. Remembered for the
 * last few thousand sentences: replies draw on one knowledge base, so most sentences recur.
 */
export function meansFinding(sentence: string): MeansFinding | undefined {
  return seen.get(sentence, () => readSentence(sentence));
}
const seen = new BoundedMemo<string, MeansFinding | undefined>(4096);

function readSentence(sentence: string): MeansFinding | undefined {
  const { cls, medicine, hard, threshold, soft } = load();
  const t = meansText(sentence);
  const has = (c: PhraseClass) => cls[c].test(t);
  const medicines = t.match(medicine)?.length ?? 0;
  const method = has("method");
  const means = medicines > 0 || method;
  const lethal = (why: MeansFinding["why"]): MeansFinding => ({ kind: "lethal_means", why });

  if (has("how_to")) return lethal("how_to");
  if (means && has("access_verb") && has("access_ease")) return lethal("access");
  if (has("bypass_alone") || (has("bypass") && has("safety_measure"))) return lethal("bypass");

  const measured = hard.some((re) => re.test(t));
  const hardAmount = measured || threshold.test(t);
  const softAmount = !hardAmount && soft.some((re) => re.test(t));
  const effect = has("effect");
  const painless = has("painless");
  const emergency = has("emergency");
  // Soft amounts in means-restriction or emergency advice are what the person has, not information.
  const excused = softAmount && (has("protective") || emergency);
  if ((hardAmount || softAmount) && (effect || painless || ((measured || softAmount) && has("sufficiency")))) return lethal("amount_lethality");
  if ((hardAmount || (softAmount && !excused)) && method) return lethal("amount_means");

  if (!emergency) {
    if ((method && has("speed")) || (means && painless)) return lethal("speed");
    if (method && has("time_course")) return lethal("time_course");
    if (effect && (method || (medicines > 0 && !has("discontinuation")))) return lethal("lethality");
  }
  if (medicines > 0 && (has("alcohol") || (medicines > 1 && has("combine"))) && has("intensifier")) return lethal("combination");
  if (medicines > 0 && (hardAmount || (softAmount && !excused))) return { kind: "dose_information", why: "dose" };
  return undefined;
}
