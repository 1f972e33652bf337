/**
 * Components stage: reads a message into C-SSRS components (wish to end, means, access, plan
 * time, decision, preparation, farewell, aborted or interrupted attempt, harm to others, command
 * voices, passive wishes, self-harm), each from a broad vocabulary kept as data
 * (../vocab/cssrs-en.json), and combines them by C-SSRS logic over windows of neighbouring
 * sentences. Recall comes from combinations of classes, not from whole memorised sentences: a
 * firearm by any name + where it is + any wish for things to stop is "means at hand" however it
 * is worded.
 *
 * Context: negation, someone else, a general question and hyperbole silence only the wish and
 * intent components they apply to; they never cancel means, an aborted attempt or a preparation.
 * An aborted attempt in the remote past with recovery now is past risk (no escalation).
 */
import { readFileSync } from "node:fs";
import { BoundedMemo } from "../bounded-memo.js";
import { originalSpan, sentences, type NormalizedText } from "../normalize-text.js";
import { REMOTE_PAST, isFiction, isInGame, saysNotLiteral, isGeneralQuestion, isNegated, mentionsRecovery, quotesALyric, quotesSomething, subjectOf, timeOf } from "../risk-context.js";
import type { RiskFinding, RiskFlag, RiskLevel } from "../types.js";
import { classMayMatch, compileVocabulary, type Vocabulary } from "../vocab/phrase.js";

type ClassName =
  | "end_wish" | "end_wish_soft" | "death_word" | "means_firearm" | "means_medicine" | "means_ligature" | "means_height" | "means_rail_road"
  | "means_gas" | "means_blade" | "means_poison" | "means_water" | "access" | "plan_time" | "decision" | "prep" | "farewell" | "dont_ask"
  | "aborted" | "aborted_weak" | "act_si" | "hto_verb" | "weapon" | "surveil" | "possessive" | "voice" | "command_harm" | "wish_soft"
  | "hope_harm" | "death_event" | "disclaimer" | "self_harm" | "sh_recovery" | "sh_word" | "hyperbole" | "ego_dystonic" | "accident"
  | "aborted_alone" | "decision_death" | "overdose_taken" | "method_knowledge" | "drawn_to" | "rehearsal" | "medical_emergency"
  | "intoxicated" | "driving_kids" | "bleeding" | "fear_of_dying" | "means_benign" | "mass_target" | "child_danger" | "abuse_acute" | "elder_abuse"
  | "dwell" | "method_question" | "body_alarm" | "body_risk";

/** Means by kind (also the learned net's reading of who holds the means: read-risk.ts). */
export const MEANS: readonly ClassName[] = ["means_firearm", "means_medicine", "means_ligature", "means_height", "means_rail_road", "means_gas", "means_blade", "means_poison", "means_water"];
/** Components that speak of the writer's own wish or intent: read for negation, subject and hyperbole. */
const INTENT: ClassName[] = ["end_wish", "end_wish_soft", "death_word", "decision", "decision_death", "act_si", "hto_verb", "wish_soft", "hope_harm", "self_harm", "voice", "possessive", "overdose_taken", "sh_recovery", "method_knowledge"];
/** A group outing or a view ("we are on the viewing deck"): a height asked about as a visitor. */
const SIGHTSEEING = /\b(?:we|us|our|view|viewing|tour|tourist|trip|holiday|vacation|visit\w*|sightseeing|climb\w*|hike|hiking)\b/;
/** Means that kill quickly and are physically at hand or nearby: with any wish to stop, escalate. */
const PHYSICAL: ClassName[] = ["means_firearm", "means_ligature", "means_height", "means_rail_road", "means_gas", "means_poison", "means_water"];

let compiled: Record<string, RegExp> | undefined;
function vocabulary(): Record<string, RegExp> {
  if (!compiled) {
    const url = new URL("../vocab/cssrs-en.json", import.meta.url);
    compiled = compileVocabulary(JSON.parse(readFileSync(url, "utf8")) as Vocabulary);
  }
  return compiled;
}

/** One class mention. */
interface Mention {
  cls: ClassName;
  from: number;
  to: number;
}

/** What one sentence holds. */
interface SentenceReading {
  mentions: Mention[];
  past: boolean;
}

/**
 * "I did it earlier", "I do it too": the person owns an act they first asked about in general
 * ("does anyone else hit their head on the wall?", "is it bad to swallow a battery?").
 */
const OWNS_THE_ACT = /\bi (?:did|have done|had done|just did|do|have been doing|keep doing|tried|also do) (?:it|that|this)(?: too| as well| again| earlier| today| tonight| last night| yesterday| this morning| an hour ago| like| a lot| all the time)\b/;

/**
 * "I mean me", "asking for myself", "the friend is me": the person says a question put in general
 * ("do people ever just want to check out? like permanently") is about themselves.
 */
const OWNS_THE_QUESTION = /\b(?:i mean me|i mean myself|i am (?:asking|talking) (?:for|about) (?:me|myself)|asking for (?:me|myself)|(?:this|it) is (?:about|for) me|(?:the )?friend is (?:me|actually me)|(?:not|no) (?:asking )?for a friend)\b/;

/** "i am dead 💀💀", "im dying lmao", "dead 😂": a death word right before laughter is the laughter. */
const DEAD_LAUGHING = /\b(?:i am (?:so |literally |actually |fully |completely )?(?:dead|deceased|dying|crying)|dead|dying|deceased) *(?:\u{1F480}|\u{2620}\uFE0F?|\u{1F602}|\u{1F923}|\blmao\b|\blmfao\b|\bhaha\w*|\blol\b)/u;

/** Dwelling on an act, just before it ("thinking about", "keep picturing", "been planning how to"). */
const DWELLS_ON = /\b(?:thinking|think|thought|thinkin|fantasi[sz]ing|fantasi[sz]e|daydreaming|daydream|picturing|picture|imagining|imagine|planning|researching|obsessing) (?:a lot |so much |constantly |again |more and more |every day |all the time )?(?:about |of |over )?(?:how i would |how i could |how to |how i am going to |just )?$/;

/** What a soft wish's "if" clause must name to be a wish about oneself (harm, death, not waking). */
const WISH_OBJECTS: ClassName[] = ["hope_harm", "end_wish", "end_wish_soft", "death_word", "death_event", "act_si", "means_rail_road", "means_height", "means_medicine", "means_firearm", "means_gas", "means_water", "means_ligature", "means_blade", "means_poison"];

/** What follows "hang" when a thing is hung, not the person ("hang something off", "hang the lights up"). */
const HANG_OBJECT = /^ (?:something|anything|it|them|things|stuff|the|a|an|some|your|his|her|their|our|up|out|around|about|onto|on to|with|back|tight|loose|pictures?|washing|clothes|coats?|lights|decorations|curtains|shelves|hammocks?|bags?)\b/;

/** Breathing words, and laughter that explains them ("crying laughing", "lmao", 😂, 💀). */
const BREATH = /\bbreath\w*\b/;
const LAUGHING = /\b(?:laughing|laughter|lmao|lmfao|rofl|crying laughing|wheezing)\b|[\u{1F602}\u{1F923}\u{1F480}]/u;

/**
 * Sentence readings remembered: the window is read again on every turn, and a sentence's reading
 * depends only on its own words (and the few characters after it), the message-wide switches and
 * whether the message names a recovery or quotes anything. Offsets are kept relative to the sentence.
 */
const remembered = new BoundedMemo<string, SentenceReading>(4096);

function readSentence(n: NormalizedText, from: number, to: number, switches: string, notLiteral: boolean, ownsTheAct: boolean, ownsTheQuestion: boolean): SentenceReading {
  // Everything the reading can look at: the message-wide switches (with the tests timeOf and
  // quotesALyric make of the whole message), and the sentence with the 20 characters a soft
  // wish's "if" clause is read from.
  const key = `${switches}|${to - from}|${n.text.slice(from, to + 20)}`;
  const got = remembered.get(key, () => {
    const read = readSentenceAfresh(n, from, to, notLiteral, ownsTheAct, ownsTheQuestion);
    return { mentions: read.mentions.map((m) => ({ ...m, from: m.from - from, to: m.to - from })), past: read.past };
  });
  return { mentions: got.mentions.map((m) => ({ ...m, from: m.from + from, to: m.to + from })), past: got.past };
}

function readSentenceAfresh(n: NormalizedText, from: number, to: number, notLiteral: boolean, ownsTheAct = false, ownsTheQuestion = false): SentenceReading {
  const v = vocabulary();
  const text = n.text.slice(from, to);
  // "I'm dead 💀", "dying 😂", "dead lmao": death words as laughter.
  const hyperbole = (classMayMatch(v.hyperbole, text) && (v.hyperbole.lastIndex = 0, v.hyperbole.test(text))) || DEAD_LAUGHING.test(text);
  // A general question, a story, film or character ("my protagonist self-harms"), or a quoted lyric
  // ("Johnny Cash's 'Hurt': 'I hurt myself today'") is no disclosure.
  const question = isGeneralQuestion(text) || isFiction(text) || isInGame(text) || quotesALyric(n.original, text);
  // Panic's fear of dying ("felt like I was going to die") is not a wish to die.
  const fearOfDying = classMayMatch(v.fear_of_dying, text) && (v.fear_of_dying.lastIndex = 0, v.fear_of_dying.test(text));
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
      // "hang something off a branch", "hang the washing out": hanging a thing, not oneself.
      if (cls === "act_si" && /^hang/.test(raw) && HANG_OBJECT.test(text.slice(at + raw.length))) continue;
      // Self-harm asked about in general and then owned ("I did it earlier until my forehead swelled") is the person's.
      // A question the person then says is about themselves ("I mean me") is theirs, whatever it names.
      const owned = ((ownsTheAct && cls === "self_harm") || ownsTheQuestion) && (question || asks);
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

/** What a voice says or demands, told in the sentence after it is named ("they say…", "I have to…"). */
const VOICED = /\b(?:(?:they|it|he|she|the voices?|the voice) (?:say|says|said|keep saying|keeps saying|are saying|is saying|tell|tells|told|want|wants|whisper|whispers|order|orders|command|commands)|i (?:have to|must|need to|am supposed to|am meant to))\b/;
/** A message that speaks of hearing things: what makes "he told me" or "she says" a voice. */
const HEARING_THINGS = /\b(?:voices?|whisper\w*|hear(?:ing|d)? (?:things|them|it|him|her|someone|something|a man|a woman)|the devil|demons?|god (?:tells|told|says|wants)|radiator|vents?|pipes|sockets|in my head|(?:nobody|no one|no-one) (?:else )?(?:is|was) (?:there|in the room)|not real|hallucinat\w*)\b/;

/** A self-harm act told as deliberate contact: pressing or holding something against the body. */
const DELIBERATE_CONTACT = /^(?:press|presses|pressed|pressing|hold|holds|held|holding)\b/;
/** Accident-class words that only name a source of heat (the kettle, the iron), not how it happened. */
const HEAT_TOOL = /^(?:kettle|iron|the oven|the stove|curling iron|hair straighteners)$/;

/** A finding the combination produced, before de-duplication. */
interface Produced extends RiskFinding {
  escalate: boolean;
}

/** The components' reading of one message. */
export interface ComponentReading {
  findings: RiskFinding[];
  escalate: boolean;
  /** Signs that fall short of escalation but call for asking the C-SSRS questions directly. */
  ask: string[];
  /** Risk concepts seen at all (classes), even when they combined into nothing: the learned net's gate. */
  cues: string[];
  /** Every class read in the message after its context filters, context classes too: the learned net's concept features. */
  classes: string[];
}

/** Classes that speak of context only (where, when, who, not meant): they are no cue of risk by themselves. */
const CONTEXT_ONLY = new Set<ClassName>([
  "access", "plan_time", "hyperbole", "accident", "intoxicated", "ego_dystonic", "disclaimer", "dont_ask", "death_event", "command_harm", "fear_of_dying",
  "weapon", "surveil", "driving_kids", "medical_emergency", "means_benign", "mass_target", "sh_word", "dwell", "method_question",
  "body_alarm", "body_risk",
]);

/** Reads a normalised message into C-SSRS components and combines them. */
export function readComponents(n: NormalizedText, priorIdeation = false): ComponentReading {
  const spans = sentences(n.text);
  const notLiteral = saysNotLiteral(n.text);
  const ownsTheAct = OWNS_THE_ACT.test(n.text);
  const ownsTheQuestion = OWNS_THE_QUESTION.test(n.text);
  const switches = `${+notLiteral}${+ownsTheAct}${+ownsTheQuestion}${+mentionsRecovery(n.text)}${+quotesSomething(n.original)}`;
  const per = spans.map((s) => readSentence(n, s.from, s.to, switches, notLiteral, ownsTheAct, ownsTheQuestion));
  const out: Produced[] = [];
  const ask: string[] = [];
  const quote = (m: Mention) => originalSpan(n, m.from, m.to);
  const add = (m: Mention, rule: string, flag: RiskFlag, level: RiskLevel, escalate: boolean) =>
    out.push({ rule: `cssrs.${rule}`, flag, level, evidence: quote(m), escalate });

  // Windows of up to five neighbouring sentences around each sentence (short messages are one window).
  for (let i = 0; i < per.length; i++) {
    const win = per.slice(Math.max(0, i - 2), i + 3);
    const all = win.flatMap((s) => s.mentions);
    const here = per[i].mentions;
    const has = (c: ClassName) => all.some((m) => m.cls === c);
    const first = (c: ClassName, pool = all) => pool.find((m) => m.cls === c);
    const means = all.filter((m) => MEANS.includes(m.cls));
    const wish = has("end_wish") || has("death_word") || priorIdeation;
    const unwanted = has("ego_dystonic");
    const past = per[i].past;

    // Aborted or interrupted attempt: behaviour, never negated (the counterfactual is the point).
    const alone = first("aborted_alone", here);
    if (alone) add(alone, past ? "aborted.past" : "aborted", past ? "past_risk" : "suicidal_ideation", past ? "low" : "high", !past);
    // A weak telling ("got off", "walked away") is an aborted attempt only beside a wish, an act, a
    // death word that is not panic's fear of dying, or a means other than a road or a vehicle
    // ("when we got off the motorway" is a journey).
    // Medicines in ordinary use ("my GP put me on citalopram", "I've tried melatonin") are not means at hand.
    const onlyPrescribed = has("means_benign") && means.every((m) => m.cls === "means_medicine");
    // …nor do they make a weak "tried" an attempt ("ive tried melatonin, magnesium, white noise").
    const weakSupport = has("end_wish") || has("act_si") || (has("death_word") && !has("fear_of_dying")) || (!onlyPrescribed && means.some((m) => m.cls !== "means_rail_road"));
    const weak = first("aborted_weak", here);
    const aborted = alone ? undefined : first("aborted", here) ?? (weakSupport ? weak : undefined);
    // Putting the knife down on an unwanted thought of harming someone (harm OCD) turns away from that
    // thought; it is no aborted attempt on oneself unless the window also speaks of the person's own death.
    const turningFromHarm = unwanted && has("hto_verb") && !(has("end_wish") || has("act_si") || has("death_word"));
    if (aborted && !turningFromHarm && (means.length || has("act_si") || has("death_word") || has("end_wish"))) {
      if (past) add(aborted, "aborted.past", "past_risk", "low", false);
      else add(aborted, "aborted", "suicidal_ideation", "high", true);
    }

    // Thinking about or picturing the act itself ("thinking about hanging from the tree in the garden"):
    // active ideation with a method (C-SSRS 3), unless the thought is unwanted (an intrusive image).
    const act = first("act_si", here);
    const lethalAct = act && (means.length > 0 || /^(?:hang|pull|kill|end|step|swallow|cut my|overdos)/.test(n.text.slice(act.from, act.to)));
    if (act && lethalAct && !past && !unwanted && DWELLS_ON.test(n.text.slice(Math.max(spans[i].from, act.from - 50), act.from))) {
      add(act, "active-ideation.method", "suicidal_ideation", "moderate", true);
    }

    // Means within reach, with any wish for it to stop: moderate; with a time or a decision: high.
    const access = first("access");
    if (means.length && access && !past && !onlyPrescribed) {
      const strong = has("end_wish") || has("death_word") || has("act_si") || priorIdeation;
      if (strong || has("decision")) {
        const level: RiskLevel = has("plan_time") || has("decision") || has("prep") ? "high" : "moderate";
        add(means[0], "means-at-hand", "suicidal_ideation", level, true);
      } else if (has("disclaimer") && means.some((m) => PHYSICAL.includes(m.cls))) {
        // "Ain't fixing to do nothing stupid" said while sitting with the gun: the disclaimer is the sign.
        add(means.find((m) => PHYSICAL.includes(m.cls))!, "means-at-hand.disclaimer", "suicidal_ideation", "moderate", true);
      } else if (has("dwell") && means.some((m) => PHYSICAL.includes(m.cls))) {
        // A gun or a drop within reach that the person keeps thinking about: drawn to the means.
        add(means.find((m) => PHYSICAL.includes(m.cls))!, "means-at-hand.dwell", "suicidal_ideation", "moderate", true);
      } else if (has("end_wish_soft") || has("farewell")) {
        const physical = means.find((m) => PHYSICAL.includes(m.cls));
        if (has("plan_time") || physical) add(physical ?? means[0], "means-at-hand.soft", "suicidal_ideation", "moderate", true);
        else ask.push(`means within reach beside "${quote(first("end_wish_soft") ?? first("farewell")!)}"`);
      }
    }
    // Asking about a height or a dose with "don't ask why", or knowing how much it would take: a method.
    const dontAsk = first("dont_ask");
    if (dontAsk && means.length && !past && !onlyPrescribed) add(means[0], "method-research", "suicidal_ideation", "moderate", true);
    // A question about a height or how long a method takes, asked with the means at hand or at the
    // place now ("how high is this bridge? I'm standing on it now"): a method being checked.
    const methodQuestion = first("method_question");
    if (methodQuestion && access && !past && !SIGHTSEEING.test(n.text) && means.some((m) => PHYSICAL.includes(m.cls))) add(methodQuestion, "method-question.at-hand", "suicidal_ideation", "high", true);
    const knows = first("method_knowledge", here);
    // Asking for the quickest or least painful way beside being done with it all is a method sought.
    if (knows && !past && (means.length || wish || has("end_wish_soft"))) add(knows, "method-knowledge", "suicidal_ideation", "moderate", true);
    // Drawn to the means ("staring up at that beam", "one more step") and rehearsal with them.
    const drawn = first("drawn_to", here);
    if (drawn && !past && means.length) add(drawn, "drawn-to-means", "suicidal_ideation", "moderate", true);
    const rehearsal = first("rehearsal", here);
    if (rehearsal && !past && (means.length || wish)) add(rehearsal, "rehearsal", "suicidal_ideation", "high", true);
    // Bleeding beside a blade is self-harm now.
    const bleeding = first("bleeding", here);
    if (bleeding && !past && (has("means_blade") || has("self_harm") || has("sh_word"))) add(bleeding, "self-harm.bleeding", "self_harm", "high", true);

    // A decision or a date, with death in it.
    const decision = first("decision", here);
    if (decision && !past && (wish || means.length || has("prep") || (has("end_wish_soft") && has("plan_time")))) add(decision, "decision", "suicidal_ideation", "high", true);
    // Peace made, knowing how and when it ends: two such signs, or one with a time, means or a wish.
    const veiled = all.filter((m) => m.cls === "decision_death");
    const veiledHere = first("decision_death", here);
    if (veiledHere && !past && (new Set(veiled.map(quote)).size >= 2 || has("plan_time") || means.length || wish || has("prep") || has("farewell"))) {
      add(veiledHere, "decision.veiled", "suicidal_ideation", "high", true);
    }
    // An overdose already taken is an emergency whatever the person feels now.
    const od = first("overdose_taken", here);
    if (od && !past) {
      add(od, "overdose-taken", "medical_emergency", "high", true);
      add(od, "overdose-taken", "suicidal_ideation", "high", true);
    }
    const time = first("plan_time", here);
    if (time && !past && (has("end_wish") || has("act_si")) && (means.length || has("death_word"))) add(time, "plan-time", "suicidal_ideation", "high", true);
    // Ending it minutes or hours from now ("5 minutes from ending it"): a plan with its time, whatever the means.
    const ending = first("act_si", here) ?? first("end_wish", here);
    // ("ending things with my boyfriend" is a break-up).
    if (time && ending && !past && /(?:minutes?|mins?|min|hours?|hrs?)\b/.test(quote(time)) && /\bend(?:ing|ed)? (?:it|things|everything|it all|my life)\b/.test(quote(ending)) && !/^\s*with\b/.test(n.text.slice(ending.to, ending.to + 8))) add(time, "plan-time.imminent", "suicidal_ideation", "high", true);

    // Preparations and farewells.
    const prep = here.filter((m) => m.cls === "prep");
    const farewell = all.filter((m) => m.cls === "farewell");
    // Two different preparations together (pets rehomed, contracts cancelled "so nobody has to deal with it after") are a plan told in deeds.
    const preps = new Set(all.filter((m) => m.cls === "prep").map(quote));
    if (prep.length && !past && (has("end_wish") || has("death_word") || has("act_si") || has("decision_death") || priorIdeation || farewell.length || (means.length && has("end_wish_soft")) || has("disclaimer") || preps.size >= 2)) {
      add(prep[0], "preparation", "suicidal_ideation", "high", true);
    } else if (farewell.length && !past && (new Set(farewell.map(quote)).size >= 2 || has("end_wish") || has("decision") || has("decision_death") || (means.length && access) || (has("plan_time") && has("death_word")))) {
      add(farewell[0], "farewell", "suicidal_ideation", "high", true);
    } else if (prep.length && !past && has("end_wish_soft")) ask.push(`a preparation ("${quote(prep[0])}") beside "${quote(first("end_wish_soft")!)}"`);

    // Passive wish, even with a disclaimer ("not that I'd do anything" never cancels it).
    const soft = first("wish_soft", here);
    const event = first("death_event");
    if (soft && event && !past) add(soft, "passive-wish", "suicidal_ideation", "low", true);
    const hope = first("hope_harm", here);
    if (hope && !past) add(hope, "passive-wish.hope", "suicidal_ideation", "low", true);

    // Self-harm, told directly or as a relapse after being "clean".
    const sh = first("self_harm", here);
    // An accident word outside the act ("burnt my hand on the straighteners by accident") tells of an
    // accident; the tool named inside it ("held my straighteners against my thigh") is the means.
    // A deliberate contact ("I press the spoon on my arm after it's been in the kettle") makes the
    // kettle or iron named beside it the source of heat, not an accident.
    const deliberate = sh && DELIBERATE_CONTACT.test(n.text.slice(sh.from, sh.to));
    const accident = sh && here.find((m) => m.cls === "accident" && !(m.from >= sh.from && m.to <= sh.to) && !(deliberate && HEAT_TOOL.test(n.text.slice(m.from, m.to))));
    if (sh && !past && !accident) add(sh, "self-harm", "self_harm", "moderate", true);
    const relapse = first("sh_recovery", here);
    if (relapse && !past && has("sh_word")) add(relapse, "self-harm.relapse", "self_harm", "moderate", true);

    // Harm to others with a plan: a threat with a weapon, a time or knowledge of their movements.
    // Unwanted thoughts of harm the person fears acting on (harm OCD) are distress, not intent.
    const threat = unwanted ? undefined : first("hto_verb", here);
    if (threat && !past && (has("weapon") || has("surveil") || has("plan_time") || has("possessive"))) add(threat, "harm-others.plan", "harm_to_others", "high", true);
    const watch = first("surveil", here);
    if (watch && !past && !unwanted && has("weapon")) add(watch, "harm-others.surveillance", "harm_to_others", "high", true);
    // A weapon, a school or workplace and a time: a threat of violence against many.
    const weaponHere = first("weapon", here);
    if (weaponHere && !past && has("mass_target") && has("plan_time") && !has("means_benign")) add(weaponHere, "harm-others.mass", "harm_to_others", "high", true);
    // Watching and tracking someone, two ways over, is stalking: danger to them even before a threat.
    const watching = new Set(all.filter((m) => m.cls === "surveil").map(quote));
    if (watch && !past && !unwanted && watching.size >= 2) add(watch, "harm-others.stalking", "harm_to_others", "moderate", true);
    const possessive = first("possessive", here);
    if (possessive && !past) add(possessive, "harm-others.possessive", "harm_to_others", "high", true);

    // A strong wish for everything to stop, with nothing else: ask the screening questions directly.
    const endWish = first("end_wish", here) ?? first("end_wish_soft", here);
    // …unless the person put it as a question about people in general and then said it is about them.
    // ("if someone took the forever nap how long before anyone noticed… asking for me": dying asked about, then owned.)
    const ownedWish = ownsTheQuestion && (first("end_wish", here) ?? first("death_word", here) ?? first("act_si", here) ?? first("death_event", here));
    if (ownedWish && !past) add(ownedWish, "wish.owned", "suicidal_ideation", "moderate", true);
    else if (endWish && !past) ask.push(`a wish for it all to stop ("${quote(endWish)}")`);

    // A medical emergency told by someone present (stroke signs, collapse, not breathing).
    const medical = first("medical_emergency", here);
    if (medical && !past) add(medical, "medical-emergency", "medical_emergency", "high", true);
    // A body in alarm after drugs, drink or days without food ("took 2 xans… chest pounding, left arm
    // tingly", "day 4 of only black coffee… vision went grey"): an emergency, not a panic attack.
    const alarm = first("body_alarm", here);
    if (alarm && !past && (has("body_risk") || has("intoxicated"))) add(alarm, "medical-emergency.body", "medical_emergency", "high", true);
    // Children driven by someone intoxicated: a child in danger now.
    // Violence at home now: barricaded in, a serious injury last time, the abuser at the door.
    const acute = all.filter((m) => m.cls === "abuse_acute");
    if (acute.length && !past && (new Set(acute.map(quote)).size >= 2 || has("intoxicated"))) add(acute[0], "abuse.acute", "abuse", "high", true);
    const elder = all.filter((m) => m.cls === "elder_abuse");
    if (elder.length && !past && new Set(elder.map(quote)).size >= 2) add(elder[0], "elder-abuse", "abuse", "moderate", true);
    const locked = first("child_danger", here);
    if (locked && !past) add(locked, "child-danger", "abuse", "high", true);
    const driving = first("driving_kids", here);
    if (driving && !past && has("intoxicated")) add(driving, "child-danger", "abuse", "high", true);

    // Command voices: what the voice directs decides the flag.
    // The voice may be named a sentence before what it commands ("they're talking through the radiator
    // again. they say the baby isn't mine and I have to get rid of it").
    const command = first("command_harm", here);
    const voice = first("voice", here) ?? (command && VOICED.test(n.text.slice(spans[i].from, spans[i].to)) ? first("voice") : undefined);
    // "She told me … she couldn't do it" is a person talking: "he"/"she" telling the writer is a voice
    // only where the message speaks of hearing things (voices, whispers, the radiator, nobody there).
    const personTold = voice && /^(?:he|she) /i.test(quote(voice)) && !HEARING_THINGS.test(n.text);
    if (voice && command && !past && !personTold) {
      const said = n.text.slice(command.from, command.to);
      const self = /\b(?:my ?self|me|jump|cut|end it|die|kill myself|hurt myself|do it)\b/.test(said) && !/\b(?:him|her|them|my (?!self)\w+|the \w+|someone|somebody|people|everyone)\b/.test(said);
      add(voice, "command", "command_hallucinations", "high", true);
      add(command, self ? "command.self" : "command.others", self ? "suicidal_ideation" : "harm_to_others", "high", true);
    }
  }

  const seen = new Set<string>();
  const findings: RiskFinding[] = [];
  for (const f of out) {
    const key = `${f.rule}\u0000${f.evidence}`;
    if (seen.has(key) || !f.evidence) continue;
    seen.add(key);
    findings.push({ rule: f.rule, flag: f.flag, level: f.level, evidence: f.evidence });
  }
  // A means in ordinary use (a rifle for the range, pills for a headache) is an object, not a cue.
  const benign = per.some((p) => p.mentions.some((m) => m.cls === "means_benign"));
  // Reported speech ("he says I lied", "she told me to") is not a voice: only a voice heard is a cue.
  const heard = (m: Mention) => m.cls !== "voice" || /\b(voices?|whisper\w*|hear\w*)\b/i.test(quote(m));
  const cues = [...new Set(per.flatMap((p) => p.mentions.filter(heard).map((m) => m.cls)).filter((c) => !CONTEXT_ONLY.has(c) && !(benign && MEANS.includes(c))))];
  const classes = [...new Set(per.flatMap((p) => p.mentions.filter(heard).map((m) => m.cls)))];
  return { findings, escalate: out.some((f) => f.escalate), ask: [...new Set(ask)], cues, classes };
}
