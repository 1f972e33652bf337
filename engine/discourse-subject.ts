/**
 * Who a sentence is about, carried from sentence to sentence the way a reader carries it.
 * ConText (engine/context.ts) decides whose experience a mention is within one sentence; it
 * cannot see that in "My mum won't let anyone into her house. Every room is piled with
 * newspapers." the second sentence, which names nobody, is still about the mother. Without
 * this, a parent's or partner's account of someone else is read as the writer's own symptoms.
 */
import { splitSentences, tokenize } from "./normalize.js";

/** The person a sentence is about: the writer, or someone they name ("your son"). */
export type DiscourseSubject = { kind: "self" } | { kind: "other"; who: string };

export const SELF: DiscourseSubject = { kind: "self" };

/** People a writer describes (kept in step with the experiencer triggers of engine/context.ts). */
const RELATION =
  /^(mom|mum|mother|mommy|mummy|dad|father|daddy|parent|parents|brother|sister|friend|bestie|partner|husband|wife|spouse|boyfriend|girlfriend|bf|gf|son|daughter|kid|child|teen|teenager|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|nan|gran|roommate|flatmate|housemate|colleague|coworker|fiance|fiancee|niece|nephew|stepdad|stepmom|stepmum|stepson|stepdaughter|baby|toddler)$/;
/** Asking how to help, handle or stop someone they name ("how can I help my dad stop drinking"); group 1 is the relation. */
export const HELP_FOR_OTHER = /\b(?:help|support|get|make|talk to|deal with|handle|reach|sign|commit|admit|convince|persuade|force|encourage|approach|reach out to|stop|protect)\s+(?:my|our|a|her|his|their)\s+(?:(?:\d+[- ]?(?:year|yr)s?[- ]?old|two|three|\d+|eldest|youngest|oldest|little|teenage|adult|older|younger) )?(boys|girls|lads|kids|twins|husband|wife|partner|boyfriend|girlfriend|son|daughter|kids?|children|child|teen\w*|mum|mom|mother|dad|father|parents?|sister|brother|siblings?|friend|best friend|grand\w+|step\w+|roommate|flatmate|student)\b/i;
/** Kinship words used as a name, without "my": "Dad", "Mum", "Nan". */
const BARE_KIN = /^(mom|mum|mother|mommy|mummy|dad|father|daddy|nan|nana|gran|granny|grandma|grandpa|grandad|granddad)$/;
/** Words allowed between "my" and the relation: "my 15 year old daughter", "my little brother". */
const MODIFIER = /^(\d+|year|years|yr|old|best|older|younger|little|big|twin|ex|eldest|oldest|youngest|middle|baby|step|teenage|adult|grown|new|only|elder)$/;
/** First-person words that put the writer in the clause. "my" alone does not: "my son is 22". */
const FIRST_PERSON = new Set(["i", "me", "myself", "we", "us"]);
const THIRD_PERSON = new Set(["he", "she", "hes", "shes"]);
/** First-person words that are only ever objects: "told us", "hit me". */
const OBJECT_ONLY = new Set(["me", "us"]);
/** "My wife says I've gone quiet": reported speech about the writer keeps the writer as subject. */
const REPORTING = /^(says|said|say|thinks|thought|tells|told|noticed|notices|reckons|complains|complained|jokes|joked|worries|worried)$/;
/** Third-person possessives that open a sentence about the same person: "Her weight has dropped". */
const THIRD_POSSESSIVE = new Set(["his", "her"]);

/** The relation named by a leading "my/our [modifiers] relation", as the counselor would say it. */
function leadingRelation(tokens: string[]): string | undefined {
  // A parent or grandparent named bare, as a name ("Dad is 76.", "Mum keeps hiding bottles"), is the writer's.
  if (BARE_KIN.test(tokens[0]) && tokens[1] !== undefined && !/^(of|and|or)$/.test(tokens[1])) return `your ${tokens[0]}`;
  if (tokens[0] !== "my" && tokens[0] !== "our") return undefined;
  for (let i = 1; i < Math.min(tokens.length, 6); i++) {
    if (RELATION.test(tokens[i])) return `your ${tokens[i]}`;
    // "My 8 year old screams at the gate": the age stands for the child.
    if (tokens[i] === "old" && /^(year|years|yr)$/.test(tokens[i - 1] ?? "") && !RELATION.test(tokens[i + 1] ?? "")) return "your child";
    if (!MODIFIER.test(tokens[i])) return undefined;
  }
  return undefined;
}

/**
 * The relation a phrase names ("my dad", "our 15 year old son" → "your dad", "your son"), for a
 * ConText trigger that said whose a mention is without the sentence opening with them ("How can I
 * help my dad stop drinking?").
 */
export function relationIn(words: string): string | undefined {
  const tokens = tokenize(words).map((t) => t.norm);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== "my" && tokens[i] !== "our") continue;
    const named = leadingRelation(tokens.slice(i));
    if (named) return named;
  }
  return undefined;
}

/**
 * The subject of `sentence`, given the subject of the sentence before it. A sentence that opens
 * with a named relation or he/she is about them; one with the writer in it (I, me) is the
 * writer's; one that names nobody ("Stopped eating with us.", "Every room is piled high.")
 * continues the previous subject.
 */
export function sentenceSubject(sentence: string, previous: DiscourseSubject): DiscourseSubject {
  // A leading "but"/"and" does not change who the sentence is about: "But he's drunk every night".
  const all = tokenize(sentence).map((t) => t.norm);
  const tokens = LEADING_LINK.test(all[0] ?? "") ? all.slice(1) : all;
  if (!tokens.length) return previous;
  // A case told in the third person, as a clinician or a student writes one ("A 46-year-old woman
  // has had…", "Maria, a 30-year-old nurse, …", "The client reports…"), is about that person.
  if (REFERRAL_OPENING.test(sentence) || (CASE_OPENING.test(sentence) && !tokens.some((t) => t === "i" || t === "we" || t === "me" || t === "myself"))) return { kind: "other", who: CASE_PERSON };
  const named = leadingRelation(tokens);
  if (named) {
    const said = tokens.findIndex((t) => REPORTING.test(t));
    if (said >= 0 && tokens.slice(said + 1, said + 4).some((t) => FIRST_PERSON.has(t))) return SELF;
    return { kind: "other", who: named };
  }
  // Only the opening clause decides: "He says I never listen" is about him, "I think he ..." about me.
  const opening = tokens.slice(0, 3);
  if (THIRD_PERSON.has(tokens[0]) || (THIRD_POSSESSIVE.has(tokens[0]) && !opening.some((t) => FIRST_PERSON.has(t)))) {
    return previous.kind === "other" ? previous : { kind: "other", who: UNNAMED };
  }
  // The writer only as the object of the person being described ("..., she only told us in the
  // spring") leaves the sentence theirs; as a subject (I, we), or with no he/she in it
  // ("Nothing makes me happy"), it is the writer's.
  const objectOfThem = previous.kind === "other" && tokens.some((t) => THIRD_PERSON.has(t)) && tokens.every((t) => !FIRST_PERSON.has(t) || OBJECT_ONLY.has(t));
  // The person already being described stays the subject when he/she comes before the writer does:
  // "Over the past week she has hardly slept, she talks so fast we can't follow." (The writer's own
  // clauses in it, "I cried all night", stay the writer's: extract-findings checks each clause.)
  if (previous.kind === "other") {
    const third = tokens.findIndex((t, i) => THIRD_PERSON.has(t) && !SUBORDINATOR.test(tokens[i - 1] ?? ""));
    const self = tokens.findIndex((t) => FIRST_PERSON.has(t));
    if (third >= 0 && self >= 0 && third < self) return previous;
  }
  if (!objectOfThem && tokens.some((t) => FIRST_PERSON.has(t))) return SELF;
  // With the writer nowhere in it, a sentence whose subject is he/she after an opening phrase
  // ("Five days ago, right after the christening, she started ...") is about them; "since he
  // left, can't sleep" (he inside a time clause) still is not.
  const pronoun = tokens.findIndex((t, i) => (t === "he" || t === "she") && !SUBORDINATOR.test(tokens[i - 1] ?? ""));
  if (pronoun > 0 && !SUBORDINATOR.test(tokens[pronoun - 2] ?? "") && tokens.slice(0, pronoun).every((t) => !THIRD_PERSON.has(t))) {
    return previous.kind === "other" ? previous : { kind: "other", who: UNNAMED };
  }
  return previous;
}

/** Who a third-person case description is about, as the assessment names them. */
export const CASE_PERSON = "the person described";
/** How case descriptions open: an age and a person, a person and an age, the client or patient, a name with an age or a title. */
// A heading may come first: "Referral: Mr D, 47, …", "GP note: E, 16, …", "Case presentation (core trainee): Ms A is …".
const CASE_HEADING = String.raw`^\s*(?:[A-Z][A-Za-z ()'/-]{0,40}:\s+)?`;
const CASE_OPENING = new RegExp(
  [
    String.raw`(?:[Aa]n?)\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ]?(?:year|yr|month)s?[- ]?old\b`,
    String.raw`(?:[Aa]n?)\s+(?:(?:young|middle-aged|older|elderly|retired|single|married|divorced|widowed)\s+)?[a-z]+\s+(?:in (?:his|her|their) (?:late |early |mid-?)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|\d0s)|aged \d{1,2})\b`,
    String.raw`(?:[Tt]he|[Oo]ur|[Mm]y)\s+(?:patient|client|service user)\s+(?:is|was|has|had|reports|reported|describes|described|presents|presented|says|said)\b`,
    String.raw`[A-Z][a-z]+,\s+(?:an?)\s+(?:\d{1,2}[- ]?(?:year|yr)s?[- ]?old|[a-z]+)\b`,
    // A name or an initial with an age: "E, 16, was brought in", "Mr D, 47, a bus driver".
    String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]*,\s+(?:aged\s+)?\d{1,2},`,
    String.raw`(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]*\b`,
  ]
    .map((alternative) => CASE_HEADING + alternative)
    .join("|"),
);

/**
 * A referral letter's opening: "Thank you for seeing Mrs P S, 29, …", "Dear colleague, I would be
 * grateful if you could see Ms A, 27". The writer is the referrer; the case is the person referred.
 */
const REFERRAL_OPENING =
  /^\W*(?:dear [^,.]{1,40},\s*)?(?:(?:many )?thanks? (?:you )?for (?:seeing|assessing|reviewing)|i would be (?:grateful|glad) if you (?:could|would) (?:see|assess|review)|i am writing to (?:refer|ask you to see)|please (?:could you )?(?:see|assess|review)|(?:re|ref|referral):)\s+(?!(?:me|us|my|our)\b)(?:(?:mr|mrs|ms|miss|master|dr)\.?\s+)?[a-z]/i;

/**
 * A clinician's record of a case rather than a person's own account: a note, a consultation, a
 * clerking or a referral ("GP note, Cape Town. 36F, bank teller. c/o headaches…", "Primary care -
 * 23M … Comes because his girlfriend says…"). In one, every sentence is about the case whatever
 * it opens with, and the first person appears only inside the patient's quoted words.
 */
export function isCaseDocument(text: string): boolean {
  const first = text.trimStart().slice(0, 160);
  // Quoted words are the patient's own ("PC: 'my head is heavy'"): they do not make the writer the subject.
  const unquoted = text.replace(QUOTED, " ");
  const firstPerson = (unquoted.match(/\b(?:i|me|my|myself|i'm|im|i've|ive|we|we've|our)\b/gi) ?? []).length;
  const thirdPerson = (unquoted.match(/\b(?:he|she|his|her|him|himself|herself|pt)\b/gi) ?? []).length;
  // A writer who is in their own words throughout is telling their own story, however it opens
  // ("Teacher, 34, Year 6 … we've just had Ofsted … snapped at my partner").
  if (firstPerson > Math.max(1, thirdPerson / 3)) return false;
  // The case may open the first or the second sentence, after a heading ("Student wellbeing referral. Jordan, 21, …").
  if (splitSentences(first).slice(0, 2).some((s) => REFERRAL_OPENING.test(s.text) || CASE_OPENING.test(s.text))) return true;
  const markers = new Set((unquoted.match(NOTE_MARKER) ?? []).map((m) => m.trim().toLowerCase())).size;
  const heading = NOTE_HEADING.test(first.split(/[.\n]/)[0] ?? "");
  return (heading || markers >= 2) && (markers >= 1 || thirdPerson >= 1);
}

/**
 * A quotation: 'single' or "double" marks opening after a space, a colon or a dash, closing before
 * punctuation or a space. An apostrophe between letters inside it is the quoted person's
 * contraction ("'if I took a turn I couldn't get out'"), not its end.
 */
const QUOTED = /(?:^|(?<=[\s:(\u2013\u2014-]))(?:(['‘])(?:[^'"‘’“”\n]|(?<=\p{L})['’](?=\p{L})){1,240}?['’]|(["“])[^"“”\n]{1,240}?["”])(?=[\s.,;:!?)\u2013\u2014-]|$)/gu;
/** What opens a clinician's record: the kind of note or the service writing it. */
const NOTE_HEADING =
  /\b(?:notes?|consultation|clerking|referral|evaluation|assessment|review|triage|summary|letter|report|addendum|presentation|intake|discharge|clinic|primary care|family medicine|general practice|outpatients?|inpatients?|psychiatry|psychology|casualty|a&e|emergency department|gp|camhs|liaison|handover|custody|ward round|social care|home visit|visit note|school nurse|health visitor|occupational health|wellbeing service|counsell?ing (?:centre|center|service)|dear (?:colleague|dr)|case (?:conference|discussion|presentation|summary)|soap)\b/i;
/** The shorthand of clinical notes, and the subjectless verbs they report with. */
const NOTE_MARKER =
  /\b(?:c\/o|hpc|pc:|pmhx|pphx|phx|mse|o\/e|tatt|hx|shx|fhx|dhx|imp:|plan:|dx|pt|y\/o|\d+\/52|\d+\/12|\d+\/7)(?![\w/])|(?:^|[.;:]\s+)(?:denies|reports|describes|presents|complains|comes|admits|endorses|states)\b/gi;

/** Linking words that may open a sentence without naming anyone. */
const LEADING_LINK = /^(but|and|so|also|plus|well|then|now)$/;

/** Words that open a time or reason clause: a pronoun just after one is not the sentence's subject. */
const SUBORDINATOR = /^(since|after|when|because|cause|cos|if|until|till|before|as|once|while|whenever|that)$/;

/**
 * Whether the writer is a subject in these words ("I", "we"), so the sentence may be about them
 * too. As an object ("clings to me", "stopped eating with us") the writer is not the one described.
 */
export function writerActs(words: string): boolean {
  const toks = tokenize(words).map((t) => t.norm);
  // Inside someone else's question the writer is not acting: "he keeps asking whether I'm going to die".
  const asked = toks.findIndex((t, i) => QUESTION_VERB.test(t) && toks.slice(0, i).some((w) => THIRD_PERSON.has(w)));
  return (asked >= 0 ? toks.slice(0, asked) : toks).some((t) => t === "i" || t === "we" || t === "myself");
}

/** Verbs that open another person's question about the writer. */
const QUESTION_VERB = /^(ask|asks|asking|asked|wonders|wondering|wondered)$/;

/** Where clauses meet: punctuation and the conjunctions that start a new clause. */
const CLAUSE_BREAK = /[,;:]|\s(?:but|and|because|so|while|whereas|though|although)\s/gi;

/** The clause of `sentence` around the span, so "she's lost weight, and she panics if I cook" keeps the first clause hers. */
export function clauseAround(sentence: string, start: number, end: number): string {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  return sentence.slice(from, to);
}

/** The pronoun stand-in used when "he" or "she" opens a message before anyone is named in it. */
export const UNNAMED = "them";
