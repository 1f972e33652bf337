/**
 * Reply stage for the uncertain band: when the signs of risk are unclear, the C-SSRS screening
 * questions are asked directly and in plain words (asking does not put the idea in anyone's
 * head; it tells the person they can say it). Recorded in the state as `risk.askedDirectly`.
 */
import { detectLanguage, isOtherLanguage } from "./language.js";
import type { DirectQuestion } from "./types.js";

/** The screening questions by language: wish to be dead, then active thoughts of killing oneself. */
export const DIRECT_QUESTIONS: Record<string, string> = {
  en: "I want to ask you something directly, because it matters: have you been wishing you were dead, or having thoughts of killing yourself?",
  es: "Quiero preguntarte algo directamente, porque importa: ¿has deseado estar muerto o muerta, o has tenido pensamientos de quitarte la vida?",
  fr: "Je voudrais te poser une question directement, parce que c'est important : est-ce que tu as souhaité être mort ou morte, ou pensé à te suicider ?",
  pt: "Quero te perguntar uma coisa diretamente, porque é importante: você tem desejado estar morto ou morta, ou tido pensamentos de se matar?",
  de: "Ich möchte dich etwas direkt fragen, weil es wichtig ist: Hast du dir gewünscht, tot zu sein, oder daran gedacht, dir das Leben zu nehmen?",
  it: "Vorrei chiederti una cosa in modo diretto, perché è importante: hai desiderato di essere morto o morta, o hai pensato di toglierti la vita?",
};

/** The direct question for a message, in its language (English, with a note, for languages we do not read). */
export function directQuestion(text: string, reasons: string[], netScore?: number): DirectQuestion {
  const other = isOtherLanguage(text);
  const language = other ? "en" : detectLanguage(text);
  const question = other
    ? `${DIRECT_QUESTIONS.en} (I may not understand your language well; you can answer in any language, or with yes or no.)`
    : DIRECT_QUESTIONS[language] ?? DIRECT_QUESTIONS.en;
  return { question, language, reasons, ...(netScore !== undefined ? { netScore } : {}) };
}

/**
 * The reply with the direct question as its one question: a closing question of the reply gives
 * way to it (one question a turn), everything else of the reply stays.
 */
export function withDirectQuestion(reply: string, question: string): string {
  const trimmed = reply.trim();
  const parts = trimmed.split(/(?<=[.!?])\s+/);
  if (parts.length > 1 && parts[parts.length - 1].trim().endsWith("?")) parts.pop();
  return `${parts.join(" ").trim()}\n\n${question}`;
}
