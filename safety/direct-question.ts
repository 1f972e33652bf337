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

/**
 * The same screening asked about the person someone is writing about (a partner, a child, a friend:
 * the signs were in their words, not the writer's), and how the writer is coping themselves.
 */
export const DIRECT_QUESTIONS_ABOUT_OTHER: Record<string, string> = {
  en: "I want to ask something directly, because it matters: right now, is the person you're worried about talking about wanting to die or about killing themselves, or doing anything that worries you about their safety? And how are you holding up yourself?",
  es: "Quiero preguntarte algo directamente, porque importa: ahora mismo, ¿la persona que te preocupa habla de querer morir o de quitarse la vida, o hace algo que te preocupe por su seguridad? ¿Y tú cómo lo estás llevando?",
  fr: "Je voudrais te demander quelque chose directement, parce que c'est important : en ce moment, est-ce que la personne pour qui tu t'inquiètes parle de vouloir mourir ou de se suicider, ou fait quelque chose qui t'inquiète pour sa sécurité ? Et toi, comment tu tiens le coup ?",
  pt: "Quero te perguntar uma coisa diretamente, porque é importante: agora, a pessoa com quem você se preocupa fala em querer morrer ou em se matar, ou faz algo que te preocupa pela segurança dela? E você, como está aguentando?",
  de: "Ich möchte dich etwas direkt fragen, weil es wichtig ist: Spricht die Person, um die du dich sorgst, gerade davon, sterben oder sich das Leben nehmen zu wollen, oder tut sie etwas, das dich um ihre Sicherheit fürchten lässt? Und wie geht es dir selbst damit?",
  it: "Vorrei chiederti una cosa in modo diretto, perché è importante: in questo momento, la persona per cui ti preoccupi parla di voler morire o di togliersi la vita, o fa qualcosa che ti fa temere per la sua sicurezza? E tu come stai reggendo?",
};

/**
 * The direct question for a message, in its language (English, with a note, for languages we do
 * not read); `about` "someone else" when the uncertain signs were in words about another person.
 */
export function directQuestion(text: string, reasons: string[], netScore?: number, about: "self" | "someone else" = "self"): DirectQuestion {
  const other = isOtherLanguage(text);
  const language = other ? "en" : detectLanguage(text);
  const questions = about === "someone else" ? DIRECT_QUESTIONS_ABOUT_OTHER : DIRECT_QUESTIONS;
  const question = other
    ? `${questions.en} (I may not understand your language well; you can answer in any language, or with yes or no.)`
    : questions[language] ?? questions.en;
  return { question, language, reasons, ...(netScore !== undefined ? { netScore } : {}), ...(about === "someone else" ? { about } : {}) };
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
