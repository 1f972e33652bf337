/**
 * The last check on every reply, offline or model-made, before the person sees it:
 * - no lethal-means or method information, and no doses (guard/means-check.ts: any amount near a
 *   medicine or a means, lethality / speed / how-to / where-to-get / getting round a safety
 *   measure, by mechanism, with the vocabularies as data in guard/means-vocab.json);
 * - no diagnostic certainty ("you have depression", "you are bipolar");
 * - no encouragement of harm;
 * - no fostering dependence ("I'm the only one you need", "you don't need a therapist");
 * - crisis resources present whenever the risk escalates.
 * Offending sentences are removed and the rest of the reply is kept. The whole reply is replaced
 * only when it encourages harm or too little of it is left: with the crisis reply when the risk
 * escalates or means information or encouragement was removed, a neutral question otherwise.
 * When means information was removed and the reply shows no crisis line, one is added.
 */
import { composeCrisisReply } from "./crisis-reply.js";
import { CRISIS_DIRECTORY, contactNumber, crisisResources } from "./crisis-resources.js";
import { meansFinding } from "./guard/means-check.js";
import { detectLanguage } from "./language.js";
import { resourcesLine } from "./resources-line.js";
import type { RiskAssessment } from "./types.js";

/** Input to guardReply. */
export interface GuardInput {
  reply: string;
  risk: RiskAssessment;
  locale: string;
}

/** What the guard did: nothing, removed sentences, only added resources, or replaced the reply. */
export type GuardAction = "none" | "sentences_removed" | "resources_added" | "replaced";

/** The reviewed reply and what was wrong with the original. */
export interface GuardResult {
  reply: string;
  /** Violation ids: lethal_means, diagnostic_certainty, encourages_harm, fosters_dependence, missing_resources, dose_information. */
  violations: string[];
  rewritten: boolean;
  /** The strongest thing done: replaced > sentences_removed > resources_added > none. */
  action: GuardAction;
  /** How many sentences of the original were removed (also when the reply was then replaced). */
  removed: number;
}

/** Violation ids, stable for logs and dashboards. */
export const GUARD_VIOLATIONS = ["lethal_means", "diagnostic_certainty", "encourages_harm", "fosters_dependence", "missing_resources", "dose_information"] as const;
export type GuardViolation = (typeof GUARD_VIOLATIONS)[number];

const DIAGNOSTIC_CERTAINTY: RegExp[] = [
  /\byou (?:definitely |clearly |certainly |obviously |surely |absolutely |undoubtedly )?(?:have|suffer from|are suffering from|'ve got|have got) (?:a |an )?(?:(?:severe|major|clinical|chronic|mild|moderate) )*(?:depression|depressive disorder|anxiety disorder|generali[sz]ed anxiety|bipolar(?: disorder)?|ptsd|c-?ptsd|ocd|adhd|bpd|borderline(?: personality)?(?: disorder)?|schizophrenia|psychosis|an eating disorder|anorexia|bulimia|binge eating disorder|panic disorder|social anxiety disorder|a personality disorder|a mental illness|a disorder|autism|dysthymia|insomnia disorder|gambling disorder|alcoholism|an addiction)\b/i,
  /\byou are (?:definitely |clearly |certainly |obviously )?(?:bipolar|depressed|schizophrenic|psychotic|anorexic|bulimic|borderline|autistic|manic|an alcoholic|an addict|mentally ill|clinically depressed)\b/i,
  /\byou definitely have\b/i,
  /\b(?:this|that|it|what you have|what you describe) (?:is|sounds) (?:definitely|clearly|certainly|obviously|without a doubt) (?:depression|bipolar|ptsd|ocd|adhd|anxiety|schizophrenia|a disorder|an eating disorder|borderline)\b/i,
  /\b(?:i diagnose you|your diagnosis is|i can diagnose|you meet (?:all )?(?:the )?criteria for)\b/i,
  /\b(?:tienes|sufres de|padeces) (?:una )?(?:depresi[oó]n|trastorno|ansiedad generalizada|bipolaridad|esquizofrenia|tept|toc)\b/i,
  /\beres (?:bipolar|esquizofr[eé]nic[oa]|an[oó]rexic[oa]|depresiv[oa])\b/i,
];

/**
 * A harmful statement said as what the person feels or was told ("if loneliness makes you feel
 * that nobody would miss you", "your dad makes you feel like you're worthless") is a reflection
 * of their pain, not the reply's claim.
 */
const REPORTED = /\b(?:feel|feels|felt|feeling|believe|believes|believed|think|thinks|thought|told|tells|tell you|say|says|said|call|calls|called|convinced|the voice|the thought|the idea)\b(?:\s+\S+){0,6}\s*$/i;
function encourages(re: RegExp, sentence: string): boolean {
  const m = re.exec(sentence);
  return !!m && !REPORTED.test(sentence.slice(0, m.index));
}

const ENCOURAGES_HARM: RegExp[] = [
  /\b(?:you should|go ahead and|just|why not|you could|you might as well|you deserve to|feel free to) (?:kill yourself|hurt yourself|end (?:it|your life)|die|cut(?: yourself)?|starve(?: yourself)?|purge|overdose|hurt (?:him|her|them)|kill (?:him|her|them)|get revenge|make (?:him|her|them) pay)\b/i,
  /\b(?:it(?:'s| is)|that(?:'s| is)) (?:ok|okay|fine|understandable|reasonable|valid|your right|a good idea|the answer) to (?:kill|hurt|end your life|cut|starve|purge|harm)\b/i,
  /\b(?:nobody|no one) would (?:miss|care about) you\b/i,
  /\b(?:they|everyone|your family) (?:would|will) be better off without you\b/i,
  /\byou(?:'re| are) (?:a burden|worthless|better off dead)\b/i,
  /\bkys\b/i,
  /\b(?:suicide|self-harm|cutting|starving) (?:is|can be) (?:a|the) (?:solution|answer|way out|good option|valid choice)\b/i,
];

const FOSTERS_DEPENDENCE: RegExp[] = [
  /\bi(?:'m| am) (?:the only one|all) (?:you need|who (?:understands|gets|cares about) you|you can (?:trust|talk to|rely on))\b/i,
  /\byou (?:don't|do not|dont) need (?:a |any )?(?:therapist|therapy|counsell?or|doctor|psychiatrist|professional help|professionals|medication|anyone else|other people|your friends|your family|help from anyone)\b/i,
  /\b(?:only|just) (?:talk to|rely on|trust|confide in) me\b/i,
  /\b(?:don't|do not|dont) (?:tell|talk to) (?:anyone|your therapist|your doctor|your parents|your family|your friends)\b/i,
  /\b(?:instead of|rather than) (?:seeing |talking to |calling )?(?:a |your )?(?:therapist|doctor|counsell?or|crisis line|988|professional)\b/i,
  /\bi(?:'ll| will) always be (?:here|there) for you(?:,)? (?:unlike|not like) (?:them|anyone|people)\b/i,
];

/**
 * Splits a reply into sentences, keeping each sentence's own punctuation and line breaks. A point
 * inside a number ("2.5 mg") or after a title or "e.g." does not end a sentence.
 */
export function splitSentences(reply: string): string[] {
  return reply.match(/(?:[^.!?\n]|\.(?=\d)|(?<=\b(?:e\.g|i\.e|[Dd]r|Mrs?|Ms|approx))\.(?=,? ))+(?:[.!?]+["')\]]?|\n+|$)|\n+/g) ?? [reply];
}

/** True when the reply already shows at least one of the locale's crisis contacts. */
export function hasResources(reply: string, locale: string): boolean {
  // Any real line counts: the crisis reply may name the person's language's lines (a German
  // message under an en-US locale gets TelefonSeelsorge), not only the locale's.
  const sets = [crisisResources(locale), ...Object.values(CRISIS_DIRECTORY)];
  const contacts = sets.flatMap((set) => [set.emergencyNumber, ...set.resources.map((r) => contactNumber(r.how))]);
  const numbers = ["988", "116 123", "741741", "iasp.info", ...contacts];
  return numbers.some((c) => c && reply.includes(c));
}

/** Reviews and, when needed, repairs a reply (see module doc). */
export function guardReply(input: GuardInput): GuardResult {
  const { risk, locale } = input;
  const original = input.reply ?? "";
  const violations = new Set<GuardViolation>();
  const kept: string[] = [];
  let removed = 0;
  let harm = false;
  let means = false;

  for (const sentence of splitSentences(original)) {
    let bad = false;
    const found = sentence.trim() ? meansFinding(sentence) : undefined;
    if (found) (violations.add(found.kind), (bad = true), (means ||= found.kind === "lethal_means"));
    if (ENCOURAGES_HARM.some((re) => encourages(re, sentence))) (violations.add("encourages_harm"), (bad = harm = true));
    if (DIAGNOSTIC_CERTAINTY.some((re) => re.test(sentence))) (violations.add("diagnostic_certainty"), (bad = true));
    if (FOSTERS_DEPENDENCE.some((re) => re.test(sentence))) (violations.add("fosters_dependence"), (bad = true));
    if (bad) removed++;
    else kept.push(sentence);
  }

  let reply = kept.join("").replace(/\n{3,}/g, "\n\n").trim();
  let action: GuardAction = removed ? "sentences_removed" : "none";
  const spanish = detectLanguage(original) === "es" || locale.toLowerCase().startsWith("es");
  const userTextHint = spanish ? "hola, necesito ayuda, no sé qué hacer" : "";

  if (harm || reply.length < 20) {
    // Encouragement of harm taints the whole reply; otherwise too little of it is left.
    action = "replaced";
    if (risk.escalate || harm || means) {
      const crisisRisk: RiskAssessment = risk.escalate ? risk : { ...risk, escalate: true };
      reply = composeCrisisReply({ risk: crisisRisk, locale, userText: userTextHint });
    } else {
      reply = spanish
        ? "Gracias por contármelo. Me gustaría entender mejor lo que estás viviendo. ¿Qué es lo que más te pesa ahora mismo?"
        : "Thank you for telling me this. I'd like to understand more about what you're going through. What feels heaviest for you right now?";
    }
  }

  if (risk.escalate && !hasResources(reply, locale)) {
    violations.add("missing_resources");
    reply = `${resourcesLine(risk, locale)}\n\n${reply}`;
    if (action === "none") action = "resources_added";
  } else if (means && !hasResources(reply, locale)) {
    // The reply was about means: the crisis lines stay in view, in the reply's language.
    reply = `${reply}\n\n${resourcesLine(risk, locale, undefined, original)}`;
  }

  const list = GUARD_VIOLATIONS.filter((v) => violations.has(v));
  return { reply, violations: list, rewritten: reply !== original, action, removed };
}
