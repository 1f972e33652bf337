/**
 * The crisis protocol's reply: resources that fit the danger first (the emergency number
 * first when life is at risk now), then warm, plain engagement with what the person said
 * (no diagnostic labels), a question about immediate safety, and an offer to start a
 * Stanley–Brown safety plan. English or Spanish, following the person's message.
 */
import { crisisResources, resourceOf, type CrisisResource, type CrisisResourceSet } from "./crisis-resources.js";
import { replyLanguage } from "./language.js";
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
}

type Lang = "en" | "es";

const has = (risk: RiskAssessment, flag: RiskAssessment["flags"][number]) => risk.flags.includes(flag);
const hasRule = (risk: RiskAssessment, prefix: string) => risk.findings.some((f) => f.rule.startsWith(prefix));
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
    if (hasRule(risk, "abuse.child") || MINOR.test(userText)) push(resourceOf(set, "child_abuse"));
    if (hasRule(risk, "abuse.sexual")) push(resourceOf(set, "sexual_assault"));
    push(resourceOf(set, "domestic_violence"));
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

const EN = {
  leadNow: (n: string) => `Please call ${n} now, or go to the nearest emergency department. If you can, let someone near you know what is happening.`,
  lead: "You don't have to go through this alone. You can reach someone right now:",
  si: "It sounds like you are carrying so much pain that thoughts of not being alive have been coming up. Thank you for telling me; that took courage, and I'm glad you're still here talking with me.",
  imminent: "What you've told me sounds like an emergency, and your life matters. Getting medical help right away is the most important thing now.",
  selfHarm: "It sounds like hurting yourself has become a way to get through feelings that are overwhelming. You deserve care for the wounds and for the pain underneath them.",
  others: "It sounds like you are feeling a lot of anger or fear, and thoughts of hurting someone are pressing on you. Telling me is a good step; let's keep everyone safe, including you.",
  abuse: "What you're describing is not okay and it is not your fault. You deserve to be safe.",
  medical: "What you're describing could be a medical emergency, and it needs a doctor now rather than later.",
  command: "Hearing a voice tell you to hurt yourself or someone else sounds frightening. You don't have to do what it says, and help can make it easier to resist.",
  mania: "Going without sleep while doing things that could get you hurt can put you in real danger, even when you feel great.",
  injection: "I can't help with information about ways to die or how much of something would be harmful. But I don't want to skip past why you might be asking.",
  thirdParty: (n: string, line?: string) =>
    `It sounds like you're really worried about someone you care about, and it's right to take it seriously. If they might be in danger right now, stay with them if it's safe for you and call ${n}.` +
    (line ? ` You can also contact ${line} yourself for advice on how to help them.` : "") +
    " It's okay to tell a trusted adult or someone close to them, even if they asked you to keep it secret.",
  here: "I'm here with you, and I'd like to keep talking.",
  safeNow: "Are you safe right now?",
  friendSafe: "Is the person you're worried about safe right now?",
  plan: (first: string, means: string) => `When you feel ready, we could make a simple safety plan together, one step at a time, starting with this: ${lower(first)} ${means}`,
  means: "And for now, putting anything you could use to hurt yourself out of reach, or with someone you trust, can make the next hours safer.",
  abusePlan: "When you feel ready, we can think through a safety plan together: a safe place you could go, who you could call, and what you would take with you.",
};

const ES = {
  leadNow: (n: string) => `Por favor, llama ya al ${n.replace(/^llama al /, "")} o ve a urgencias del hospital más cercano. Si puedes, avisa a alguien que esté cerca.`,
  lead: "No tienes que pasar por esto a solas. Puedes hablar con alguien ahora mismo:",
  si: "Parece que cargas con tanto dolor que te han venido pensamientos de no seguir con vida. Gracias por contármelo; hace falta valor, y me alegra que sigas aquí hablando conmigo.",
  imminent: "Lo que me cuentas suena a una emergencia, y tu vida importa. Lo más importante ahora es recibir atención médica enseguida.",
  selfHarm: "Parece que hacerte daño se ha vuelto una forma de aguantar emociones que te desbordan. Mereces cuidado, para las heridas y para el dolor que hay debajo.",
  others: "Parece que sientes mucha rabia o miedo, y que la idea de hacer daño a alguien te está presionando. Contármelo es un buen paso; cuidemos de que todos estén a salvo, también tú.",
  abuse: "Lo que describes no está bien y no es culpa tuya. Mereces estar a salvo.",
  medical: "Lo que describes podría ser una urgencia médica y necesita atención ahora, no más tarde.",
  command: "Oír una voz que te dice que te hagas daño o que hagas daño a otra persona suena aterrador. No tienes que hacer lo que dice, y con ayuda es más fácil resistirlo.",
  mania: "Pasar días sin dormir mientras haces cosas arriesgadas puede ponerte en peligro, aunque te sientas muy bien.",
  injection: "No puedo dar información sobre formas de morir ni sobre cantidades que harían daño. Pero no quiero pasar por alto por qué podrías estar preguntándolo.",
  thirdParty: (n: string, line?: string) =>
    `Parece que te preocupa mucho alguien que te importa, y haces bien en tomártelo en serio. Si esa persona puede estar en peligro ahora, quédate con ella si es seguro para ti y llama al ${n}.` +
    (line ? ` También puedes contactar tú con ${line} para pedir consejo sobre cómo ayudarla.` : "") +
    " Está bien contárselo a un adulto de confianza o a alguien cercano, aunque te haya pedido que lo guardes en secreto.",
  here: "Estoy aquí contigo y me gustaría seguir hablando.",
  safeNow: "¿Estás a salvo ahora mismo?",
  friendSafe: "¿La persona que te preocupa está a salvo ahora mismo?",
  plan: (first: string, means: string) => `Cuando quieras, podemos hacer juntos un plan de seguridad sencillo, paso a paso, empezando por esto: ${lower(first)} ${means}`,
  means: "Y por ahora, dejar fuera de tu alcance, o con alguien de confianza, cualquier cosa con la que pudieras hacerte daño puede hacer más seguras las próximas horas.",
  abusePlan: "Cuando quieras, podemos pensar juntos un plan de seguridad: un lugar seguro al que ir, a quién llamar y qué llevarte.",
};

function lower(s: string): string {
  // The plan's opening prompt is a question; the reply asks only one question (about safety).
  const q = s.replace(/^¿/, "").replace(/\?$/, ".");
  return q.charAt(0).toLowerCase() + q.slice(1);
}

/** Composes the crisis reply for an escalated turn (see module doc). */
export function composeCrisisReply(input: CrisisReplyInput): string {
  const { risk, locale, userText } = input;
  const lang: Lang = replyLanguage(userText, locale);
  const T = lang === "es" ? ES : EN;
  const set = crisisResources(locale, input.resources);
  const emergency = resourceOf(set, "emergency");
  const emergencyNumber = emergency ? emergency.how.replace(/^(?:call|llama al)\s+/i, "") : set.emergencyNumber;
  const parts: string[] = [];

  const onlyThirdParty = has(risk, "third_party_risk") && !["suicidal_ideation", "self_harm", "harm_to_others", "abuse", "command_hallucinations", "mania_dangerous"].some((f) => has(risk, f as never) && risk.findings.some((x) => x.flag === f));
  const lines = resourceLines(risk, set, lang, userText);

  // 1. Resources first; the emergency number leads when life is at risk now.
  if (needsEmergencyNow(risk)) parts.push(T.leadNow(emergencyNumber));
  parts.push(`${T.lead}\n${lines.map((l) => `- ${l}`).join("\n")}`);

  // 2. Reflect, in plain words, what the person told us (no labels, no repetition of methods).
  const reflections: string[] = [];
  if (has(risk, "prompt_injection") && has(risk, "suicidal_ideation") && hasRule(risk, "si.lethal-means-request")) reflections.push(T.injection);
  if (risk.level === "imminent" && !onlyThirdParty) reflections.push(T.imminent);
  else if (has(risk, "medical_emergency") && !onlyThirdParty) reflections.push(T.medical);
  if (has(risk, "command_hallucinations")) reflections.push(T.command);
  else if (has(risk, "suicidal_ideation") && risk.findings.some((f) => f.flag === "suicidal_ideation") && !hasRule(risk, "si.lethal-means-request")) reflections.push(T.si);
  if (has(risk, "self_harm")) reflections.push(T.selfHarm);
  if (has(risk, "harm_to_others") && !has(risk, "command_hallucinations")) reflections.push(T.others);
  if (has(risk, "abuse")) reflections.push(T.abuse);
  if (has(risk, "mania_dangerous") && risk.escalate) reflections.push(T.mania);
  if (has(risk, "third_party_risk")) {
    const line = resourceOf(set, "suicide");
    reflections.push(T.thirdParty(emergencyNumber, line ? `${line.name} (${line.how})` : undefined));
  }
  parts.push(reflections.slice(0, 3).join(" "));

  // 3. Stay engaged and ask about immediate safety (one question).
  parts.push(`${T.here} ${onlyThirdParty ? T.friendSafe : T.safeNow}`);

  // 4. Offer the first safety-planning step (and, for danger to self, making the surroundings safer).
  if (!onlyThirdParty) {
    if (has(risk, "abuse") && !has(risk, "suicidal_ideation") && !has(risk, "self_harm")) parts.push(T.abusePlan);
    else parts.push(T.plan(safetyPlanStep("warning_signs").prompt[lang], T.means));
  }
  return parts.filter(Boolean).join("\n\n");
}
