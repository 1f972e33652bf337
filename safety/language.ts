/**
 * A tiny language guess for replying in the person's language (English, Spanish, and a
 * hint for Portuguese/French). Function-word counts: no model, no dictionary.
 */

/** Languages the safety layer can tell apart. */
export type SafetyLanguage = "en" | "es" | "pt" | "fr";

const WORDS: Record<SafetyLanguage, Set<string>> = {
  en: new Set("i me my the and to is are was not you it that of in a have do don't dont im i'm just want with for this so but what".split(" ")),
  es: new Set("yo me mi mis el la los las y que es no ya quiero estoy tengo pero por para muy con de en una un se lo mas más todo nada vida soy siento puedo".split(" ")),
  pt: new Set("eu meu minha o a os as e que é não nao quero estou tenho mas por para muito com de em uma um se mais tudo nada vida sou sinto".split(" ")),
  fr: new Set("je moi mon ma mes le la les et que est ne pas veux suis j'ai mais pour très avec de en une un se plus tout rien vie".split(" ")),
};

/** Best guess of the message's language; English when unsure. */
export function detectLanguage(text: string): SafetyLanguage {
  const tokens = (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).slice(0, 200);
  if (tokens.length === 0) return "en";
  const score = (lang: SafetyLanguage) => tokens.filter((t) => WORDS[lang].has(t)).length;
  const scores = (["en", "es", "pt", "fr"] as const).map((l) => [l, score(l)] as const);
  // Accented letters and ñ/ç are strong hints when function words are few.
  const es = /[ñ¿¡]|ción\b/.test(text) ? 2 : 0;
  const pt = /[ãõç]|ção\b/.test(text) ? 2 : 0;
  const adjusted = scores.map(([l, s]) => [l, s + (l === "es" ? es : l === "pt" ? pt : 0)] as const);
  adjusted.sort((a, b) => b[1] - a[1]);
  const [best, second] = adjusted;
  return best[1] > 0 && best[1] > second[1] ? best[0] : "en";
}

/** The reply language for a message and locale: the message wins, then the locale. */
export function replyLanguage(userText: string, locale: string): "en" | "es" {
  const guessed = userText ? detectLanguage(userText) : "en";
  if (guessed === "es") return "es";
  if (guessed === "en" && userText && /[a-z]/i.test(userText) && (userText.match(/[\p{L}']+/gu) ?? []).length >= 3) return "en";
  return locale.toLowerCase().startsWith("es") ? "es" : "en";
}
