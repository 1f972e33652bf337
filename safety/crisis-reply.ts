/**
 * The crisis protocol's reply: resources that fit the danger first (the emergency number
 * first when life is at risk now), then warm, plain engagement with what the person said
 * (no diagnostic labels), a question about immediate safety, and an offer to start a
 * Stanley–Brown safety plan. In the person's language (English, Spanish, French, Portuguese,
 * German or Italian: crisis-text.ts), with resources for their locale or, failing that, their language.
 */
import { contactNumber, crisisResources, resourceLocale, resourceOf, type CrisisResource, type CrisisResourceSet } from "./crisis-resources.js";
import { CRISIS_TEXT } from "./crisis-text.js";
import { replyLanguage, type SafetyLanguage } from "./language.js";
import { BULLYING_LINE, CHILD_LINE, CONFIDENTIALITY_LINE, GROOMING_LINE, MEANS_LINES, PAST_ASSAULT_HELP, PAST_ASSAULT_LINES, RESOURCES_AGAIN, isBullying, isPastAssault, localeFromSpelling, readSituation } from "./crisis-situation.js";
import { fnv1a } from "./learned/features.js";
import { safetyPlanStep } from "./safety-plan.js";
import { riskRank, type RiskAssessment } from "./types.js";

/** Input to composeCrisisReply. */
export interface CrisisReplyInput {
  risk: RiskAssessment;
  /** BCP 47 locale for the resources ("en-US", "en-GB", "es-MX"...). */
  locale: string;
  /** The person's latest message (decides the reply language). */
  userText: string;
  /** The app's own list of resources, used instead of the built-in table. */
  resources?: CrisisResource[];
  /** The counsellor's earlier replies in this thread: resources listed once are then referred to. */
  previousReplies?: string[];
  /** A clause of the person's own, said back (never one naming a method or means), for English replies. */
  ownWords?: string;
}

type Lang = SafetyLanguage;

const has = (risk: RiskAssessment, flag: RiskAssessment["flags"][number]) => risk.flags.includes(flag);
const hasRule = (risk: RiskAssessment, prefix: string) => risk.findings.some((f) => f.rule.startsWith(prefix));
/** A partner named in the message: an assault by them is abuse at home, whenever it happened. */
const PARTNER = /\b(my|our) (husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|ex)\b/i;
const MINOR = /\b(?:i am|i'm|im|tengo) (?:1[0-7]|[5-9]|thirteen|fourteen|fifteen|sixteen|seventeen)\b|\b(?:[5-9]|1[0-7]) (?:years old|años)\b|\b(?:\d|1[0-2])(?:th|st|nd|rd) grade\b|\bmiddle school\b/i;

/** True when life may be at risk right now: emergency services come first. */
export function needsEmergencyNow(risk: RiskAssessment): boolean {
  return risk.level === "imminent" || has(risk, "medical_emergency") || (riskRank(risk.level) >= riskRank("high") && (has(risk, "harm_to_others") || has(risk, "command_hallucinations") || has(risk, "abuse") || has(risk, "mania_dangerous")));
}

function contact(r: CrisisResource, lang: Lang): string {
  return lang === "es" ? `${r.name}: ${r.how}` : `${r.name}: ${r.how}`;
}

/**
 * The resource lines that fit the risk, most urgent first. Used by the crisis reply and by
 * resourcesLine (a shorter reminder on later turns).
 */
export function resourceLines(risk: RiskAssessment, set: CrisisResourceSet, lang: Lang, userText = ""): string[] {
  const lines: string[] = [];
  const push = (r: CrisisResource | undefined) => {
    if (r && !lines.includes(contact(r, lang))) lines.push(contact(r, lang));
  };
  const emergency = resourceOf(set, "emergency");
  if (needsEmergencyNow(risk)) push(emergency);
  if (has(risk, "medical_emergency") && /overdos|pills|swallow|drank|poison/i.test(risk.evidence.join(" "))) push(resourceOf(set, "poison"));
  if (has(risk, "abuse")) {
    const grooming = hasRule(risk, "cssrs.abuse.grooming");
    if (hasRule(risk, "abuse.child") || hasRule(risk, "cssrs.abuse.child") || hasRule(risk, "cssrs.child-danger") || grooming || MINOR.test(userText)) push(resourceOf(set, "child_abuse"));
    const past = isPastAssault(userText);
    if (hasRule(risk, "abuse.sexual") || past) push(resourceOf(set, "sexual_assault"));
    // Bullying at school is not abuse at home: the young person's line, not the domestic-violence one;
    // nor is an assault in the past, unless a partner is named.
    if (isBullying(userText)) push(resourceOf(set, "youth"));
    // An adult grooming a child is child protection, not abuse at home, unless a partner is named.
    else if ((!past && !grooming) || PARTNER.test(userText)) push(resourceOf(set, "domestic_violence"));
  }
  push(resourceOf(set, "suicide"));
  const text = resourceOf(set, "text");
  if (text && !has(risk, "abuse")) push(text);
  if (MINOR.test(userText)) push(resourceOf(set, "youth"));
  push(resourceOf(set, "directory"));
  // Always end with the emergency number when it was not first.
  push(emergency);
  return lines;
}

/** Composes the crisis reply for an escalated turn (see module doc). */
export function composeCrisisReply(input: CrisisReplyInput): string {
  const { risk, userText } = input;
  const locale = localeFromSpelling(input.locale, userText);
  const lang: Lang = replyLanguage(userText, locale);
  const T = CRISIS_TEXT[lang];
  const set = crisisResources(resourceLocale(locale, lang), input.resources);
  const emergency = resourceOf(set, "emergency");
  const emergencyNumber = emergency ? contactNumber(emergency.how) : set.emergencyNumber;
  const parts: string[] = [];
  // The situation's own lines are English; other languages keep the protocol's general lines.
  const situation = lang === "en" ? readSituation(risk, userText) : [];
  const is = (s: (typeof situation)[number]) => situation.includes(s);
  const vary = (pool: string[] | undefined) => (pool?.length ? pool[seedOf(userText) % pool.length] : undefined);

  const onlyThirdParty = has(risk, "third_party_risk") && !["suicidal_ideation", "self_harm", "harm_to_others", "abuse", "command_hallucinations", "mania_dangerous"].some((f) => has(risk, f as never) && risk.findings.some((x) => x.flag === f));
  const lines = resourceLines(risk, set, lang, userText);
  // Listed once in a thread, then referred to (the emergency number stays in every reply).
  const shownBefore = (input.previousReplies ?? []).some((r) => lines.slice(0, 2).every((l) => r.includes(l)));

  // 1. Resources first; the emergency number leads when life is at risk now.
  if (needsEmergencyNow(risk)) parts.push(T.leadNow(emergencyNumber));
  if (is("overdose_taken")) parts.push(vary(MEANS_LINES.overdose_taken)!);
  const suicideLine = resourceOf(set, "suicide");
  if (shownBefore) parts.push(RESOURCES_AGAIN(emergency?.how.replace(/^call /, "") ?? emergencyNumber, suicideLine ? `${suicideLine.name}: ${suicideLine.how}` : undefined));
  else parts.push(`${T.lead}\n${lines.map((l) => `- ${l}`).join("\n")}`);

  // 2. Reflect, in plain words, what the person told us (no labels, no repetition of methods).
  const reflections: string[] = [];
  if (has(risk, "prompt_injection") && has(risk, "suicidal_ideation") && hasRule(risk, "si.lethal-means-request")) reflections.push(T.injection);
  if (risk.level === "imminent" && !onlyThirdParty) reflections.push(T.imminent);
  else if (has(risk, "medical_emergency") && !onlyThirdParty) reflections.push(T.medical);
  if (has(risk, "command_hallucinations")) reflections.push(T.command);
  else if (has(risk, "suicidal_ideation") && risk.findings.some((f) => f.flag === "suicidal_ideation") && !hasRule(risk, "si.lethal-means-request")) reflections.push(T.si);
  if (has(risk, "self_harm")) reflections.push(T.selfHarm);
  if (has(risk, "harm_to_others") && !has(risk, "command_hallucinations")) reflections.push(T.others);
  if (has(risk, "abuse")) {
    const childLine = resourceOf(set, "child_abuse");
    if (is("child_in_danger") && hasRule(risk, "cssrs.abuse.grooming")) reflections.push(GROOMING_LINE(childLine ? `${childLine.name} (${childLine.how})` : undefined));
    else if (is("child_in_danger")) reflections.push(CHILD_LINE(emergencyNumber, childLine ? `${childLine.name} (${childLine.how})` : undefined));
    else if (is("bullying")) reflections.push(BULLYING_LINE);
    else if (is("past_assault")) reflections.push(vary(PAST_ASSAULT_LINES)!);
    else reflections.push(T.abuse);
  }
  // Bullying behind the crisis is named for what it is, with who can act on it.
  if (is("bullying") && !has(risk, "abuse")) reflections.push(BULLYING_LINE);
  if (has(risk, "mania_dangerous") && risk.escalate) reflections.push(T.mania);
  if (has(risk, "third_party_risk")) {
    const line = resourceOf(set, "suicide");
    reflections.push(T.thirdParty(emergencyNumber, line ? `${line.name} (${line.how})` : undefined));
  }
  // What this person said, in their words, so the protocol reads as an answer to them.
  if (lang === "en" && input.ownWords) reflections.splice(1, 0, OWN_WORDS[seedOf(userText) % OWN_WORDS.length](input.ownWords));
  parts.push(reflections.slice(0, 4).join(" "));
  if (is("confidentiality")) parts.push(CONFIDENTIALITY_LINE);

  // 3. Stay engaged and ask about immediate safety (one question).
  parts.push(`${T.here} ${onlyThirdParty ? T.friendSafe : T.safeNow}`);

  // 4. Offer the first safety-planning step, and make the surroundings safer for the means or place they named.
  const place = situation.find((s) => s !== "overdose_taken" && MEANS_LINES[s]);
  const means = (place && vary(MEANS_LINES[place])) ?? T.means;
  if (!onlyThirdParty) {
    if (has(risk, "abuse") && !has(risk, "suicidal_ideation") && !has(risk, "self_harm")) {
      const assaultLine = resourceOf(set, "sexual_assault");
      parts.push(is("past_assault") ? PAST_ASSAULT_HELP(assaultLine?.name) : is("child_in_danger") || is("bullying") ? "" : T.abusePlan);
    }
    else parts.push(T.plan(lang === "en" || lang === "es" ? safetyPlanStep("warning_signs").prompt[lang] : T.firstStep, means));
  }
  return parts.filter(Boolean).join("\n\n");
}

/** Frames for the person's own clause in a crisis reply. */
const OWN_WORDS = [
  (c: string) => `You've told me that ${c}, and I'm taking that seriously.`,
  (c: string) => `I hear that ${c}.`,
  (c: string) => `It sounds like ${c}, on top of everything else.`,
];

/** A stable number from the person's words, to vary the wording between people. */
const seedOf = fnv1a;
