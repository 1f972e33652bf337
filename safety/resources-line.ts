/**
 * One short line of crisis resources, for ordinary replies later in a session whose risk was
 * raised earlier: the resources stay visible on every turn without repeating the whole
 * crisis protocol. In the person's language when their message shows it.
 */
import { resourceLines } from "./crisis-reply.js";
import { crisisResources, resourceLocale, resourceOf, type CrisisResource } from "./crisis-resources.js";
import { RESOURCES_AGAIN, localeFromSpelling } from "./crisis-situation.js";
import { CRISIS_TEXT } from "./crisis-text.js";
import { replyLanguage } from "./language.js";
import type { RiskAssessment } from "./types.js";

/** A one-line reminder of the most fitting resources for this risk and locale. */
export function resourcesLine(risk: RiskAssessment, locale: string, resources?: CrisisResource[], userText = "", previousReplies: string[] = []): string {
  const spelt = localeFromSpelling(locale, userText);
  const lang = replyLanguage(userText, spelt);
  const set = crisisResources(resourceLocale(spelt, lang), resources);
  const lines = resourceLines(risk, set, lang).slice(0, 3);
  // Shown in full once in a thread; later replies refer back to them with the emergency number.
  if (lang === "en" && previousReplies.some((r) => lines.slice(0, 2).every((l) => r.includes(l)))) {
    const emergency = resourceOf(set, "emergency");
    const line = resourceOf(set, "suicide");
    return RESOURCES_AGAIN(emergency?.how.replace(/^call /, "") ?? set.emergencyNumber, line ? `${line.name}: ${line.how}` : undefined);
  }
  return `${CRISIS_TEXT[lang].reminder} ${lines.join("; ")}.`;
}
