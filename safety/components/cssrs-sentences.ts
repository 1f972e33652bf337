/**
 * Components stage, first half: each sentence read into C-SSRS class mentions (../vocab/cssrs-en.json),
 * with the context that silences a wish or an intent in it (negation, someone else as the subject, a
 * general question, fiction, a game, a lyric, hyperbole, panic's fear of dying, advice to a reader).
 * cssrs-components.ts combines the mentions of neighbouring sentences by C-SSRS logic.
 */
import { readFileSync } from "node:fs";
import { BoundedMemo } from "../bounded-memo.js";
import type { NormalizedText } from "../normalize-text.js";
import { REMOTE_PAST, REPORTED_DENIAL, isFiction, isInGame, isGeneralQuestion, isNegated, quotesALyric, subjectOf, timeOf } from "../risk-context.js";
import { classMayMatch, compileVocabulary, type Vocabulary } from "../vocab/phrase.js";

export type ClassName =
  | "end_wish" | "end_wish_soft" | "death_word" | "means_firearm" | "means_medicine" | "means_ligature" | "means_height" | "means_rail_road"
  | "means_gas" | "means_blade" | "means_poison" | "means_water" | "access" | "plan_time" | "decision" | "prep" | "farewell" | "dont_ask"
  | "aborted" | "aborted_weak" | "act_si" | "hto_verb" | "weapon" | "surveil" | "possessive" | "voice" | "command_harm" | "wish_soft"
  | "hope_harm" | "death_event" | "disclaimer" | "self_harm" | "sh_recovery" | "sh_word" | "hyperbole" | "ego_dystonic" | "accident"
  | "aborted_alone" | "decision_death" | "overdose_taken" | "method_knowledge" | "drawn_to" | "rehearsal" | "medical_emergency"
  | "intoxicated" | "driving_kids" | "bleeding" | "fear_of_dying" | "means_benign" | "mass_target" | "child_danger" | "abuse_acute" | "elder_abuse"
  | "dwell" | "method_question" | "body_alarm" | "body_risk" | "exit_self" | "horizon" | "depart" | "night_visit" | "minor_age" | "secret_adult"
  | "grooming" | "self_punish" | "deprive" | "one_way" | "method_rumination" | "found_body" | "on_chair" | "got_down" | "unexplained" | "clinical_si"
  | "no_rescue" | "dose_count" | "recent_past" | "cover_told" | "cover_denied" | "veiled_threat";

/** Means by kind (also the learned net's reading of who holds the means: read-risk.ts). */
export const MEANS: readonly ClassName[] = ["means_firearm", "means_medicine", "means_ligature", "means_height", "means_rail_road", "means_gas", "means_blade", "means_poison", "means_water"];
/** Components that speak of the writer's own wish or intent: read for negation, subject and hyperbole. */
const INTENT: ClassName[] = [
  "end_wish", "end_wish_soft", "death_word", "decision", "decision_death", "act_si", "hto_verb", "wish_soft", "hope_harm", "self_harm", "voice", "possessive",
  "overdose_taken", "sh_recovery", "method_knowledge", "exit_self", "self_punish", "method_rumination", "found_body",
];

let compiled: Record<string, RegExp> | undefined;
function vocabulary(): Record<string, RegExp> {
  if (!compiled) {
    const url = new URL("../vocab/cssrs-en.json", import.meta.url);
    compiled = compileVocabulary(JSON.parse(readFileSync(url, "utf8")) as Vocabulary);
  }
  return compiled;
}

/** One class mention. */
export interface Mention {
  cls: ClassName;
  from: number;
  to: number;
}

/** What one sentence holds. */
export interface SentenceReading {
  mentions: Mention[];
  past: boolean;
}

/**
 * "I did it earlier", "I do it too": the person owns an act they first asked about in general
 * ("does anyone else hit their head on the wall?", "is it bad to swallow a battery?").
 */
export const OWNS_THE_ACT = /\bi (?:did|have done|had done|just did|do|have been doing|keep doing|tried|also do) (?:it|that|this)(?: too| as well| again| earlier| today| tonight| last night| yesterday| this morning| an hour ago| like| a lot| all the time)\b/;

/**
 * "I mean me", "asking for myself", "the friend is me": the person says a question put in general
 * ("do people ever just want to check out? like permanently") is about themselves.
 */
export const OWNS_THE_QUESTION = /\b(?:i mean me|i mean myself|i am (?:asking|talking) (?:for|about) (?:me|myself)|asking for (?:me|myself)|(?:this|it) is (?:about|for) me|(?:the )?friend is (?:me|actually me)|(?:not|no) (?:asking )?for a friend|(?:ok |okay |it is )?not (?:really |actually )?for (?:a|my|the) (?:story|book|novel|project|class|essay|assignment|research|school thing))\b/;

/** "i am dead 💀💀", "im dying lmao", "dead 😂": a death word right before laughter is the laughter. */
const DEAD_LAUGHING = /\b(?:i am (?:so |literally |actually |fully |completely )?(?:dead|deceased|dying|crying)|dead|dying|deceased) *(?:\u{1F480}|\u{2620}\uFE0F?|\u{1F602}|\u{1F923}|\blmao\b|\blmfao\b|\bhaha\w*|\blol\b)/u;

/** Dwelling on an act, just before it ("thinking about", "keep picturing", "been planning how to"). */
export const DWELLS_ON = /\b(?:thinking|think|thought|thinkin|fantasi[sz]ing|fantasi[sz]e|daydreaming|daydream|picturing|picture|imagining|imagine|planning|researching|obsessing) (?:a lot |so much |constantly |again |more and more |every day |all the time )?(?:about |of |over )?(?:how i would |how i could |how to |how i am going to |just )?$/;

/** What a soft wish's "if" clause must name to be a wish about oneself (harm, death, not waking). */
const WISH_OBJECTS: ClassName[] = ["hope_harm", "end_wish", "end_wish_soft", "death_word", "death_event", "act_si", "means_rail_road", "means_height", "means_medicine", "means_firearm", "means_gas", "means_water", "means_ligature", "means_blade", "means_poison"];

/** What follows "hang" when a thing is hung, not the person ("hang something off", "hang the lights up"). */
const HANG_OBJECT = /^ (?:something|anything|it|them|things|stuff|the|a|an|some|your|his|her|their|our|up|out|around|about|onto|on to|with|back|tight|loose|pictures?|washing|clothes|coats?|lights|decorations|curtains|shelves|hammocks?|bags?)\b/;

/** "…cry for no reason" with nothing asked before it: a symptom without a cause (text up to the end of the match). */
function forNoReasonAsSymptom(upTo: string): boolean {
  return /\bfor no reason$/.test(upTo) && !/\b(?:ask|asks|asking|asked|wondering|curious|question)\b/.test(upTo.slice(0, -"for no reason".length));
}

/** What follows "how much" or "how many" when it is an everyday quantity, not a dose or a height. */
const EVERYDAY_QUANTITY = /^ (?:calories|kcal|carbs|protein|sugar|fat|grams of \w+|steps|miles|km|kilometres|kilometers|people|money|pounds|dollars|euros|hours|days|weeks|months|words|pages|points|marks|followers|likes|views|subscribers|slices|cups|eggs|litres|liters)\b/;

/** What follows "I am ready" when the readiness is for something in life ("…to go back to work", "…for the next step"). */
const READY_FOR_LIFE = /^ (?:to (?:go back|start|move|try|talk|return|begin|get|tell|share|open up|see|meet|date|apply|leave (?:him|her|them|the|my|this) (?!\w+ (?:world|life)))|for (?:the|my|a|an|next|this|that|more|work|school|college|uni|university|change)\b)/;

/** What follows "how I would do it" when it is a plan of another kind ("…if I ran the team", "…differently"). */
const OTHER_PLAN = /^,? (?:if (?:i|we) (?:ran|run|were|was|had|managed|owned|led|worked|did it again|could)|differently|better|instead|at work|for (?:the|my|our|a) )/;

/** Breathing words, and laughter that explains them ("crying laughing", "lmao", 😂, 💀). */
const BREATH = /\bbreath\w*\b/;
const LAUGHING = /\b(?:laughing|laughter|lmao|lmfao|rofl|crying laughing|wheezing)\b|[\u{1F602}\u{1F923}\u{1F480}]/u;

/**
 * Sentence readings remembered: the window is read again on every turn, and a sentence's reading
 * depends only on its own words (and the few characters after it), the message-wide switches and
 * whether the message names a recovery or quotes anything. Offsets are kept relative to the sentence.
 */
const remembered = new BoundedMemo<string, SentenceReading>(4096);

export function readSentence(n: NormalizedText, from: number, to: number, switches: string, notLiteral: boolean, ownsTheAct: boolean, ownsTheQuestion: boolean, retracts = false): SentenceReading {
  // Everything the reading can look at: the message-wide switches (with the tests timeOf and
  // quotesALyric make of the whole message), and the sentence with the 20 characters a soft
  // wish's "if" clause is read from.
  const key = `${switches}|${to - from}|${n.text.slice(from, to + 20)}`;
  const got = remembered.get(key, () => {
    const read = readSentenceAfresh(n, from, to, notLiteral, ownsTheAct, ownsTheQuestion, retracts);
    return { mentions: read.mentions.map((m) => ({ ...m, from: m.from - from, to: m.to - from })), past: read.past };
  });
  return { mentions: got.mentions.map((m) => ({ ...m, from: m.from + from, to: m.to + from })), past: got.past };
}

/** A compiled class's first match in a text, or null (its pre-check first). */
function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  if (!classMayMatch(re, text)) return null;
  re.lastIndex = 0;
  return re.exec(text);
}

function readSentenceAfresh(n: NormalizedText, from: number, to: number, notLiteral: boolean, ownsTheAct = false, ownsTheQuestion = false, retracts = false): SentenceReading {
  const v = vocabulary();
  const text = n.text.slice(from, to);
  // The question or denial this sentence reports, which the message says was a lie: its words are the person's own.
  const retracted = retracts && REPORTED_DENIAL.test(text);
  // "I'm dead 💀", "dying 😂", "dead lmao": death words as laughter.
  const hyperboleAt = firstMatch(v.hyperbole, text) ?? DEAD_LAUGHING.exec(text);
  const hyperbole = !!hyperboleAt;
  // A general question, a story, film or character ("my protagonist self-harms"), or a quoted lyric
  // ("Johnny Cash's 'Hurt': 'I hurt myself today'") is no disclosure.
  const question = isGeneralQuestion(text) || isFiction(text) || isInGame(text) || quotesALyric(n.original, text);
  // Panic's fear of dying ("felt like I was going to die") is not a wish to die.
  const fearAt = firstMatch(v.fear_of_dying, text);
  const fearOfDying = !!fearAt;
  const laughingBreath = BREATH.test(text) && (DEAD_LAUGHING.test(text) || LAUGHING.test(text));
  const mentions: Mention[] = [];
  // Advice addressed to someone else ("if you are thinking of hurting yourself, remove the pills
  // from your home") is the supportive register of a helper, not a disclosure: nothing in it counts.
  // (A question with a generic "you" — "how do you stop cuts getting infected?" — is still read.)
  // A question, with or without its mark ("if you chew a patch does it hit faster").
  const asks = /\?\s*$/.test(text) || /^\W*(?:how|what|why|is|are|can|could|does|do|should|would|will|when|where)\b/.test(text) || /\b(?:does|do|is|are|can|could|will|would|should) (?:it|you|they|that|this)\b/.test(text);
  // An impersonal "you" in a sentence whose subject the writer dropped ("bought tylenol at both cause
  // the pharmacy only lets you get one box") is not advice: advice speaks to its reader.
  const advice = /^\W*(?:if you|you|your|when you|whenever you|remember|try|please|call|talk|reach out|remove|keep|make sure|do not|never)\b/.test(text) || /\byou (?:should|can|could|need|must|might|may|deserve|are|will|would|have to|do not have to)\b/.test(text);
  if (!asks && advice && /\b(?:you|your|yourself|yourselves)\b/.test(text) && !/\b(?:i|me|my|myself|mine)\b/.test(text)) return { mentions, past: false };
  // The idiom and panic's fear of dying are read as classes too (context only, never cues), so the
  // learned net's doubts can see them: "my mum is going to kill me when she sees the car" is an idiom
  // to the net as well as to the components.
  for (const [cls, m] of [["hyperbole", hyperboleAt], ["fear_of_dying", fearAt]] as const) {
    if (m) mentions.push({ cls, from: from + m.index, to: from + m.index + m[0].length });
  }
  for (const [cls, re] of Object.entries(v) as Array<[ClassName, RegExp]>) {
    if (cls === "hyperbole" || cls === "fear_of_dying") continue;
    if (fearOfDying && (cls === "death_word" || cls === "act_si")) continue;
    // "I'M DEAD 💀💀 i literally cannot breathe": breathless with laughter, not an emergency.
    if (laughingBreath && (cls === "medical_emergency" || cls === "body_alarm")) continue;
    if (!classMayMatch(re, text)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const raw = m[0];
      // "I cry in the car for no reason": a symptom without a cause, not a reason for asking withheld.
      if (cls === "dont_ask" && forNoReasonAsSymptom(text.slice(0, at + raw.length))) continue;
      // "how I'd do it if I ran the team", "how I would do it differently": plans of another kind.
      if (cls === "method_rumination" && OTHER_PLAN.test(text.slice(at + raw.length))) continue;
      // "I'm ready to go back to monthly prescriptions", "ready for the next step": readiness for something in life.
      if (cls === "decision" && /^i am ready$/.test(raw) && READY_FOR_LIFE.test(text.slice(at + raw.length))) continue;
      // "I looked up how many calories are in a banana": an everyday quantity, not a dose.
      if (cls === "method_knowledge" && /\bhow (?:much|many)$/.test(raw) && EVERYDAY_QUANTITY.test(text.slice(at + raw.length))) continue;
      // "hang something off a branch", "hang the washing out": hanging a thing, not oneself.
      if (cls === "act_si" && /^hang/.test(raw) && HANG_OBJECT.test(text.slice(at + raw.length))) continue;
      // Self-harm asked about in general and then owned ("I did it earlier until my forehead swelled") is the person's.
      // A question the person then says is about themselves ("I mean me") is theirs, whatever it names.
      const owned = (((ownsTheAct && cls === "self_harm") || ownsTheQuestion) && (question || asks)) || retracted;
      if (INTENT.includes(cls) && !owned) {
        if (hyperbole || question) continue;
        // "I'm literally going to die. jk": an explicit marker withdraws the idiom-prone words, never means or acts.
        if (notLiteral && (cls === "death_word" || cls === "act_si" || cls === "end_wish" || cls === "end_wish_soft")) continue;
        const prefix = text.slice(0, at);
        if (cls !== "wish_soft" && cls !== "possessive" && isNegated(prefix, raw, false)) continue;
        // A hit that names its own subject ("i am done") is the writer's, whoever was named before it.
        const ownSubject = /^i\b/.test(raw);
        if (!ownSubject && subjectOf(prefix, raw) !== "self" && cls !== "possessive" && cls !== "voice" && cls !== "decision_death") continue;
        // A threat is the writer's only when they say so ("I'm going to..."): "Joel killing everyone" is a story.
        if (cls === "hto_verb" && !/\bi\b/.test(prefix)) continue;
      }
      mentions.push({ cls, from: from + at, to: from + at + raw.length });
    }
  }
  // A question put in general and then owned ("is it normal to burn yourself when you're stressed" /
  // "ok the friend is me"): its "you" is the writer, so it is read again in the first person.
  if (ownsTheQuestion && (question || asks) && /\b(?:you|your|yourself)\b/.test(text)) {
    const mine = text.replace(/\byourself\b/g, "myself").replace(/\byour\b/g, "my").replace(/\byou\b/g, "i");
    for (const cls of INTENT) {
      if (mentions.some((m) => m.cls === cls)) continue;
      const m = firstMatch(v[cls], mine);
      if (m && !isNegated(mine.slice(0, m.index), m[0], false)) mentions.push({ cls, from, to });
    }
  }
  // "It would be a relief if the bus was late": the relief is about the thing the "if" names; with
  // nothing of harm or death read in the sentence it is no soft wish ("…if it all just stopped" still is).
  if (mentions.some((m) => m.cls === "wish_soft") && !mentions.some((m) => WISH_OBJECTS.includes(m.cls))) {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.cls === "wish_soft" && /^,? if (?:the|a|an|my|our|his|her|their|someone|somebody|people|they|he|she|you)\b/.test(n.text.slice(m.to, m.to + 20))) mentions.splice(k, 1);
    }
  }
  // "Ten years ago this week I woke up in ICU": an explicit remote date outweighs "this week".
  return { mentions, past: REMOTE_PAST.test(text) || timeOf(text, n.text) === "past" };
}
