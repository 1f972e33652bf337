/**
 * A small language guess for replying in the person's language: English, Spanish, French,
 * Portuguese, German and Italian, by function-word counts and tell-tale letters (no model, no
 * dictionary), and a flag for text in another language or script altogether.
 */
import { segmentWords } from "./segment-words.js";

/** Languages the safety layer reads and answers in. */
export type SafetyLanguage = "en" | "es" | "pt" | "fr" | "de" | "it";
export const SAFETY_LANGUAGES: readonly SafetyLanguage[] = ["en", "es", "pt", "fr", "de", "it"];

const WORDS: Record<SafetyLanguage, Set<string>> = {
  en: new Set("i me my the and to is are was not you it that of in a have do don't dont im i'm just want with for this so but what".split(" ")),
  es: new Set("yo me mi mis el la los las y que es no ya quiero estoy tengo pero por para muy con de en una un se lo mas más todo nada vida soy siento puedo porque cuando hoy".split(" ")),
  pt: new Set("eu meu minha o a os as e que é não nao quero estou tenho mas por para muito com de em uma um se mais tudo nada vida sou sinto você voce tô to pra isso hoje".split(" ")),
  fr: new Set("je moi mon ma mes le la les et que est ne pas veux suis j'ai mais pour très avec de en une un se plus tout rien vie c'est j'en ça aujourd'hui".split(" ")),
  de: new Set("ich mich mir mein meine der die das und ist nicht ein eine zu es habe bin will auch noch mehr nur aber so wie was heute nichts leben kann".split(" ")),
  it: new Set("io mi mio mia il lo la gli le e che è non sono ho voglio ma per con di un una più tutto niente vita posso oggi anche così".split(" ")),
};

/**
 * A message spelled out letter by letter ("i k e e p t h i n k i n g…") read back into words, so its
 * single letters are not taken for the one-letter words of Spanish, Portuguese or Italian ("a", "e", "o").
 */
function unspelled(text: string): string {
  const tokens = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (tokens.length < 8 || tokens.filter((t) => t.length === 1).length / tokens.length < 0.6) return text;
  const letters = tokens.join("").replace(/[^a-z]/g, "");
  return segmentWords(letters) ?? text;
}

/** Best guess of the message's language among SAFETY_LANGUAGES; English when unsure. */
export function detectLanguage(original: string): SafetyLanguage {
  const text = unspelled(original);
  const tokens = (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, 200);
  if (tokens.length === 0) return "en";
  const hint: Partial<Record<SafetyLanguage, number>> = {
    es: /[ñ¿¡]|ción\b/.test(text) ? 2 : 0,
    pt: /[ãõ]|ção\b|ções\b/.test(text) ? 2 : 0,
    fr: /\b(?:[jlmtsdnc]'|qu')\p{L}|[èêëœ]/u.test(text.toLowerCase()) ? 2 : 0,
    de: /[äöüß]/.test(text.toLowerCase()) ? 2 : 0,
    it: /\b(?:gli|perché|cosa|sono|voglio|più)\b/.test(text.toLowerCase()) ? 1 : 0,
  };
  const scores = SAFETY_LANGUAGES.map((l) => [l, tokens.filter((t) => WORDS[l].has(t)).length + (hint[l] ?? 0)] as const);
  const sorted = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = sorted;
  return best[1] > 0 && best[1] > second[1] ? best[0] : "en";
}

/**
 * True when the text is written in a language or script the safety layer does not read: mostly
 * non-Latin letters, or Latin words with almost none of the function words of our languages.
 */
export function isOtherLanguage(original: string): boolean {
  const text = unspelled(original);
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return false;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) return true;
  const tokens = (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, 200);
  if (tokens.length < 4) return false;
  const known = tokens.filter((t) => SAFETY_LANGUAGES.some((l) => WORDS[l].has(t))).length;
  return known / tokens.length < 0.08;
}

/** The language of a locale ("fr-CA" -> "fr"), when it is one we answer in. */
export function localeLanguage(locale: string): SafetyLanguage | undefined {
  const l = (locale || "").toLowerCase().slice(0, 2) as SafetyLanguage;
  return SAFETY_LANGUAGES.includes(l) ? l : undefined;
}

/** The reply language for a message and locale: the message wins, then the locale. */
export function replyLanguage(userText: string, locale: string): SafetyLanguage {
  const guessed = userText ? detectLanguage(userText) : "en";
  if (guessed !== "en") return guessed;
  if (userText && /[a-z]/i.test(userText) && (userText.match(/[\p{L}']+/gu) ?? []).length >= 3 && !isOtherLanguage(userText)) return "en";
  return localeLanguage(locale) ?? "en";
}
