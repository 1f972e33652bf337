/**
 * Decide stage, the learned net's doubts: what the net, which weighs words, cannot weigh — what the
 * components read innocently, a joke, a plain denial, a quoted lyric, a remote past with recovery, a
 * general question, a sentence told as the past or about someone else — so that its high score only
 * makes the reply ask (read-risk.ts decides). Also what makes words about someone else their
 * emergency rather than a doubt (a body in trouble, an overdose, a goodbye, abuse).
 */
import { MEANS } from "./components/cssrs-components.js";
import { OWNS_THE_QUESTION } from "./components/cssrs-sentences.js";
import { detectLanguage } from "./language.js";
import { normalizeText } from "./normalize-text.js";
import { OTHER_DANGER_NOW, aboutAnother } from "./resolved-past.js";
import { LAUGHTER, REMOTE_PAST, isGeneralQuestion, mentionsRecovery, quotesALyric, timeOf } from "./risk-context.js";

/** A plain denial in six languages ("I'm not suicidal", "keine dunklen Gedanken"): the person's words weigh more than the net's. */
const DENIAL = /\b(?:i am not|i am not really|not) suicidal\b|\bno dark thoughts\b|\b(?:keine|kein) (?:dunklen |suizidalen )?(?:gedanken|suizidgedanken)\b|\bnicht suizidal\b|\bno (?:tengo )?(?:pensamientos|ideas) (?:suicidas|oscur\w*)\b|\bpas (?:d'idees noires|suicidaire)\b|\bnao (?:tenho )?pensamentos (?:suicidas|ruins|sombrios)\b|\bnao sou suicida\b|\bnon (?:ho )?pensieri (?:brutti|suicidi|suicidari|oscuri)\b|\bnessun pensiero (?:brutto|suicida)\b|\bno (?:thoughts|plans?) (?:of|about) (?:dying|suicide|killing|ending|hurting|harming)|\b(?:i do not|i never) (?:want|have thoughts) (?:to die|of dying|to hurt myself)\b/;

/**
 * Component classes that read the words innocently (an accident, an idiom, fear of dying in panic, a
 * means in ordinary use) or as low mood and rumination ("tired of everything", "thinking about it a
 * lot"): the net, which weighs words, may not overrule them by itself — it asks — unless the
 * components also read something more (a means, a wish to die, a preparation, a farewell: "make it
 * look like an accident").
 */
const INNOCENT = ["accident", "hyperbole", "fear_of_dying", "means_benign", "dwell"];
const NOT_INNOCENT = [
  "prep", "farewell", "aborted", "overdose_taken", "end_wish", "decision", "death_word", "hope_harm", "wish_soft", "voice",
  "means_firearm", "means_medicine", "means_ligature", "means_height", "means_rail_road", "means_gas", "means_blade", "means_poison", "means_water",
  "ml.prep", "ml.farewell", "ml.aborted", "ml.die", "ml.wish", "ml.means", "ml.self_harm", "ml.harm_others", "ml.abuse",
  "exit_self", "depart", "night_visit", "grooming", "self_punish", "one_way",
  // Knowing or working out which ways of dying are quick or painless is never an innocent reading.
  "method_knowledge", "method_rumination",
];

/** An injury, a means or a body in danger: what an accident word can explain. */
const INJURY = ["sh_word", "self_harm", "bleeding", "body_risk", "body_alarm", "death_event", "overdose_taken", "medical_emergency", "means_benign", ...MEANS];

/** An injury told in plain words ("split my lip", "it bled", "sprained my wrist"). */
const INJURY_WORDS = /\b(?:cut|cuts|bled|bleed\w*|blood\w*|burn\w*|bruis\w*|split|broke|broken|sprain\w*|scratch\w*|graze\w*|stitch\w*|injur\w*|wound\w*|scar\w*|swell\w*|swollen|hurt (?:my|myself))\b/;

/** A pet put to sleep by a vet. */
const PET_PUT_DOWN =
  /\b(?:put|putting|had to put|have to put|having to put) (?:my|our|the|her|his|their) (?:\w+ )?(?:dog|cat|puppy|kitten|pet|rabbit|horse|pony|hamster|guinea pig) (?:down|to sleep)\b|\b(?:dog|cat|puppy|kitten|pet|rabbit|horse|pony) (?:was|got|had to be|is being|will be) put (?:down|to sleep)\b/;

/** Means of any kind, in any language (someone else's means are within the writer's reach too). */
const MEANS_CLASSES: readonly string[] = [...MEANS, "ml.means"];

/** Classes that speak of the person's own death or injury. */
const SELF_DIRECTED = ["end_wish", "act_si", "death_word", "self_harm", "overdose_taken", "wish_soft", "hope_harm"];

/** A soft wish that is weariness ("so tired of everything", "it all feels pointless"), not a wish not to exist or to be gone. */
const WEARY = /\b(?:tired of|sick of|fed up|pointless|over (?:it|everything)|done with)\b/;
const NOT_BEING = /\b(?:exist\w*|alive|be here|around|born|burden|better off|without me|easier for|gone|disappear\w*|wake up)\b/;
/** A cover story told to someone ("told my wife I nicked myself shaving", "said it was the cat"): concealment, not an accident. */
const COVER_STORY = /\b(?:told|tell|telling|said|say|saying) (?:\w+ ){0,2}(?:that )?(?:i|it was|they are|it is|these are|those are)\b/;

/** Laughter in the sentence that weighs most, or in a message that is that sentence with a laugh after it ("i want to die lol"). */
function laughsAt(sentence: string, message: string): boolean {
  if (LAUGHTER.test(normalizeText(sentence).text)) return true;
  const rest = normalizeText(message.replace(sentence, " ")).text;
  // What is left is only laughter and punctuation ("lol", "haha jk", "😂"), not another sentence.
  return LAUGHTER.test(rest) && rest.replace(LAUGHTER_ALL, " ").replace(/[\p{P}\p{S}\s]/gu, "").length === 0;
}

/** Every laughter marker, for stripping them from a text. */
const LAUGHTER_ALL = new RegExp(LAUGHTER.source, "gu");

/** A how-to or which-is-best question ("what is the best knot to…", "how do you tie…"). */
const HOW_TO = /^\W*(?:what is the (?:best|easiest|right|strongest|safest) (?:\w+ )?(?:to|for)|how (?:do|does|can|would|should) (?:you|one|people)|which (?:\w+ ){0,2}(?:is|are) (?:best|better|strongest|safest))\b/;

/** A sentence that opens on an impersonal subject ("it'll all be over…", "everything is sorted…"). */
const IMPERSONAL_SUBJECT = /^\W*(?:(?:and|but|so|then|now|honestly|anyway) )?(?:it|this|that|everything|all|there|nothing)\b/;

/**
 * Another person in danger now: what the components read of a body in trouble, an overdose, a
 * goodbye, abuse. Beside the net's score on words about that person, it is their emergency, not a
 * doubt (see readRisk).
 */
export const DANGER_NOW = ["body_alarm", "medical_emergency", "overdose_taken", "bleeding", "farewell", "abuse_acute", "elder_abuse", "child_danger", "ml.overdose", "ml.abuse", "ml.medical", "ml.farewell"];

/** What the phrase rules read of a body or a person in danger, even below escalation ("shaking so bad he can't hold a cup"). */
export const DANGER_FLAGS: ReadonlySet<string> = new Set(["medical_emergency", "medical_concern", "abuse", "third_party_risk"]);

/** Why the net's score alone cannot decide: what it cannot weigh (see netContextDoubt). */
export type NetDoubt = "innocent words" | "a joke" | "a denial" | "a lyric" | "the past" | "a general question" | "someone else";

/** Doubts read from one sentence (the rest are read from the whole message). */
export const SENTENCE_DOUBTS: ReadonlySet<NetDoubt> = new Set(["a joke", "a general question", "the past", "someone else"]);

/** Deeds told by the person (self-harm done, an overdose taken, an attempt stopped, a rehearsal): a laugh minimises them, it does not make them a joke. */
const DEEDS = ["self_harm", "overdose_taken", "aborted", "aborted_alone", "rehearsal", "bleeding", "ml.self_harm", "ml.aborted"];

/**
 * What the net cannot weigh, so its high score only makes the reply ask: what the components read
 * innocently, a joke, a plain denial ("I'm not suicidal"), a quoted lyric or title, a remote past
 * with recovery now, a general question, or a top sentence told as the past or about someone else.
 * `message` is as written, `said` its normalised text. Undefined when there is no doubt.
 */
export function netContextDoubt(sentence: string, message: string, said: string, earlier: string, classes: ReadonlySet<string>, classesOf: (text: string) => string[]): NetDoubt | undefined {
  const weary = classes.has("end_wish_soft") && WEARY.test(said) && !NOT_BEING.test(said);
  const cover = COVER_STORY.test(said);
  // An accident word explains an injury or a means named beside it; with none ("I'd never do it at work"), it explains nothing.
  const explains = (c: string) => classes.has(c) && (c !== "accident" || INJURY.some((i) => classes.has(i)) || INJURY_WORDS.test(said));
  const innocent = (INNOCENT.some(explains) || weary) && !(classes.has("accident") && cover);
  if (innocent && !NOT_INNOCENT.some((c) => classes.has(c))) return "innocent words";
  // A means with its ordinary use named ("how high are the cliffs… a walk with my dad, he's got
  // vertigo", "a knot… it's for a hammock") and nothing of a wish, a plan or a farewell beside it.
  // The ordinary use must be told in the sentence the net weighs most ("Marine vet" two sentences
  // before a Glock moved to the nightstand explains nothing).
  // (In the five languages, "ml.benign": a cliff climbed on Saturday, a train late on the way to work.)
  const benign = ["means_benign", "ml.benign"].filter((c) => classes.has(c));
  if (benign.length && NOT_INNOCENT.filter((c) => classes.has(c)).every((c) => MEANS_CLASSES.includes(c)) && classesOf(sentence).some((c) => benign.includes(c))) return "innocent words";
  // An unwanted image of harming someone (harm OCD: "awful images of stabbing him… it disgusts me"),
  // with nothing of the person's own death: the components read it as distress, the net may only ask.
  if (classes.has("ego_dystonic") && classes.has("hto_verb") && !SELF_DIRECTED.some((c) => classes.has(c))) return "innocent words";
  const m = earlier ? normalizeText(`${earlier}\n${message}`).text : said;
  // A pet's death at the vet ("we had to put my dog down… I held him the whole time"): grief for them.
  if (PET_PUT_DOWN.test(m) && !SELF_DIRECTED.some((c) => classes.has(c))) return "innocent words";
  // Laughter beside a cover story ("told my mum they're cat scratches lol") minimises; it is no joke.
  // Laughter is a joke marker for the words it is said with: the net's weightiest sentence, or a
  // message of one sentence; "gave my ps5 to my cousin, he was so happy lol" laughs at the cousin.
  if (laughsAt(sentence, message) && !cover && !DEEDS.some((c) => classes.has(c))) return "a joke";
  // The person says plainly it is not that ("I'm not suicidal or anything"): the net's words weigh less than theirs.
  if (DENIAL.test(said)) return "a denial";
  // A quoted lyric or title ("it's from a folk band"): words sung, not said.
  if (quotesALyric(message, said)) return "a lyric";
  // Someone else in danger now ("she just texted me goodbye") is the emergency, whatever their past.
  if (OTHER_DANGER_NOW.test(m)) return undefined;
  if (REMOTE_PAST.test(m) && mentionsRecovery(m)) return "the past";
  const s = normalizeText(sentence).text;
  // A general question ("how high is the Royal Gorge bridge?") is not a disclosure.
  // English pronouns decide only English: "qué hago??" is the writer's own question.
  // (A sentence too short to tell, "qué hago??", takes the message's language.)
  const english = detectLanguage(sentence) === "en" && detectLanguage(message) === "en";
  // A question the person says is their own ("ok not for a story", "the friend is me") is no general question, nor about someone else.
  if (OWNS_THE_QUESTION.test(m)) return undefined;
  if (isGeneralQuestion(s) || (english && s.trim().endsWith("?") && !/\b(?:i|me|my|myself|mine)\b/.test(s))) return "a general question";
  // A how-to question about a thing ("what's the best knot to hang something off a branch"), with no
  // first person and nothing of the person's own death read: asked about, not escalated on words alone.
  if (HOW_TO.test(s) && !/\b(?:i|me|my|myself|mine)\b/.test(s) && !SELF_DIRECTED.some((c) => classes.has(c))) return "a general question";
  // Told as the past ("I used to...", "ten years ago"), or about someone else ("my uncle attempted when he...").
  if (timeOf(s, m) === "past") return "the past";
  // About someone else: a third person is the sentence's subject ("my uncle attempted when he...",
  // "my husband told me he'd been having thoughts…"); "waiting for him to come out" has the writer
  // as its unspoken subject. English pronouns decide only English: in Spanish "no se lo he dicho" is
  // "I have not told anyone", and a threat ("ela vai ver só") or a friend's farewell names the other
  // person either way, so in another language this doubt, which can only lower, is not raised.
  // Someone else's means ("my dad keeps his ruger in the closet") are still within the writer's reach.
  if (!english) return undefined;
  // A sentence whose subject is impersonal ("it'll all be over by the weekend and at least she won't
  // have to deal with the admin") is the writer's telling, whoever else it names.
  if ((!/\b(?:i|me|my|myself|mine)\b/.test(s) && /\b(?:he|she|they)\b/.test(s) && !IMPERSONAL_SUBJECT.test(s)) || (aboutAnother(s) && !MEANS_CLASSES.some((c) => classes.has(c)))) return "someone else";
  return undefined;
}
