/**
 * The last check on every reply, offline or model-made, before the person sees it:
 * - no lethal-means, method or dosage information;
 * - no diagnostic certainty ("you have depression", "you are bipolar");
 * - no encouragement of harm;
 * - no fostering dependence ("I'm the only one you need", "you don't need a therapist");
 * - crisis resources present whenever the risk escalates.
 * Offending sentences are removed; a reply that gave means or encouraged harm is replaced
 * whole (one bad sentence is enough to distrust the rest), with the crisis reply when the
 * risk escalates.
 */
import { composeCrisisReply } from "./crisis-reply.js";
import { CRISIS_DIRECTORY, contactNumber, crisisResources } from "./crisis-resources.js";
import { detectLanguage } from "./language.js";
import { resourcesLine } from "./resources-line.js";
import type { RiskAssessment } from "./types.js";

/** Input to guardReply. */
export interface GuardInput {
  reply: string;
  risk: RiskAssessment;
  locale: string;
}

/** The reviewed reply and what was wrong with the original. */
export interface GuardResult {
  reply: string;
  /** Violation ids: lethal_means, diagnostic_certainty, encourages_harm, fosters_dependence, missing_resources. */
  violations: string[];
  rewritten: boolean;
}

/** Violation ids, stable for logs and dashboards. */
export const GUARD_VIOLATIONS = ["lethal_means", "diagnostic_certainty", "encourages_harm", "fosters_dependence", "missing_resources"] as const;
export type GuardViolation = (typeof GUARD_VIOLATIONS)[number];

const UNITS = "(?:mg|milligrams?|mcg|micrograms?|g|grams?|ml|millilit(?:er|re)s?|mg\\/kg|units|iu)";
const SUBSTANCE_WORDS = "(?:pills?|tablets?|capsules?|doses?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|insulin|sertraline|fluoxetine|prozac|lithium|benzodiazepines?|opioids?|oxycodone|morphine|fentanyl|heroin|alcohol|antifreeze|bleach|poison)";

const LETHAL_MEANS: RegExp[] = [
  new RegExp(`\\b\\d+(?:[.,]\\d+)?\\s?${UNITS}\\b`, "i"),
  /\b(?:lethal|fatal|deadly|toxic|overdose) (?:dose|dosage|amount|quantity|level|threshold)s?\b/i,
  /\bdosis (?:letal|mortal)\b/i,
  new RegExp(`\\b(?:\\d+|a few|several|many|enough|a handful of|a bottle of) ${SUBSTANCE_WORDS} (?:would|will|could|can|is|are|should|might) (?:be )?(?:enough to )?(?:kill|fatal|lethal|deadly|end|stop)`, "i"),
  /\bhow many (?:pills|tablets|capsules) (?:it takes|would|to)\b/i,
  /\b(?:most |least )?(?:painless|pain-free|quickest|fastest|easiest|surest|most effective|most reliable|least painful) (?:way|ways|method|methods|means) (?:to|of) (?:die|kill|end|commit|suicide)\b/i,
  /\b(?:hanging|strangulation|suffocation|asphyxiation|jumping|drowning|carbon monoxide|exsanguination|bleeding out|a gunshot|shooting yourself|slitting|cutting (?:your|the) wrists?) (?:is|are|would be|takes|causes|works|kills|leads to|results in)\b/i,
  /\b(?:to (?:kill|hang|poison|suffocate|drown) (?:yourself|oneself|someone)|tie a noose|(?:cut|slit) (?:along|across) the (?:vein|wrist))\b/i,
  /\b(?:it takes|would take|will take) (?:about |around |roughly )?\d+ ?(?:minutes|hours|seconds) to (?:die|lose consciousness|bleed out|pass out)\b/i,
  /\bheight of (?:at least )?\d+\b/i,
];

const DIAGNOSTIC_CERTAINTY: RegExp[] = [
  /\byou (?:definitely |clearly |certainly |obviously |surely |absolutely |undoubtedly )?(?:have|suffer from|are suffering from|'ve got|have got) (?:a |an )?(?:(?:severe|major|clinical|chronic|mild|moderate) )*(?:depression|depressive disorder|anxiety disorder|generali[sz]ed anxiety|bipolar(?: disorder)?|ptsd|c-?ptsd|ocd|adhd|bpd|borderline(?: personality)?(?: disorder)?|schizophrenia|psychosis|an eating disorder|anorexia|bulimia|binge eating disorder|panic disorder|social anxiety disorder|a personality disorder|a mental illness|a disorder|autism|dysthymia|insomnia disorder|gambling disorder|alcoholism|an addiction)\b/i,
  /\byou are (?:definitely |clearly |certainly |obviously )?(?:bipolar|depressed|schizophrenic|psychotic|anorexic|bulimic|borderline|autistic|manic|an alcoholic|an addict|mentally ill|clinically depressed)\b/i,
  /\byou definitely have\b/i,
  /\b(?:this|that|it|what you have|what you describe) (?:is|sounds) (?:definitely|clearly|certainly|obviously|without a doubt) (?:depression|bipolar|ptsd|ocd|adhd|anxiety|schizophrenia|a disorder|an eating disorder|borderline)\b/i,
  /\b(?:i diagnose you|your diagnosis is|i can diagnose|you meet (?:all )?(?:the )?criteria for)\b/i,
  /\b(?:tienes|sufres de|padeces) (?:una )?(?:depresi[oó]n|trastorno|ansiedad generalizada|bipolaridad|esquizofrenia|tept|toc)\b/i,
  /\beres (?:bipolar|esquizofr[eé]nic[oa]|an[oó]rexic[oa]|depresiv[oa])\b/i,
];

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

/** Splits a reply into sentences, keeping each sentence's own punctuation and line breaks. */
function splitSentences(reply: string): string[] {
  return reply.match(/[^.!?\n]+(?:[.!?]+["')]?|\n+|$)|\n+/g) ?? [reply];
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
  let wholeReplyUnsafe = false;

  for (const sentence of splitSentences(original)) {
    let bad = false;
    if (LETHAL_MEANS.some((re) => re.test(sentence))) (violations.add("lethal_means"), (bad = wholeReplyUnsafe = true));
    if (ENCOURAGES_HARM.some((re) => re.test(sentence))) (violations.add("encourages_harm"), (bad = wholeReplyUnsafe = true));
    if (DIAGNOSTIC_CERTAINTY.some((re) => re.test(sentence))) (violations.add("diagnostic_certainty"), (bad = true));
    if (FOSTERS_DEPENDENCE.some((re) => re.test(sentence))) (violations.add("fosters_dependence"), (bad = true));
    if (!bad) kept.push(sentence);
  }

  let reply = kept.join("").replace(/\n{3,}/g, "\n\n").trim();
  const spanish = detectLanguage(original) === "es" || locale.toLowerCase().startsWith("es");
  const userTextHint = spanish ? "hola, necesito ayuda, no sé qué hacer" : "";

  if (wholeReplyUnsafe || reply.length < 20) {
    // Means or encouragement: nothing of the original can be trusted. Otherwise too little is left.
    if (risk.escalate || wholeReplyUnsafe) {
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
  }

  const list = GUARD_VIOLATIONS.filter((v) => violations.has(v));
  return { reply, violations: list, rewritten: reply !== original };
}
