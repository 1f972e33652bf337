/**
 * One short line of crisis resources, for ordinary replies later in a session whose risk was
 * raised earlier: the resources stay visible on every turn without repeating the whole
 * crisis protocol. In the person's language when their message shows it.
 */
import { resourceLines } from "./crisis-reply.js";
import { crisisResources, resourceLocale, type CrisisResource } from "./crisis-resources.js";
import { CRISIS_TEXT } from "./crisis-text.js";
import { replyLanguage } from "./language.js";
import type { RiskAssessment } from "./types.js";

/** A one-line reminder of the most fitting resources for this risk and locale. */
export function resourcesLine(risk: RiskAssessment, locale: string, resources?: CrisisResource[], userText = ""): string {
  const lang = replyLanguage(userText, locale);
  const set = crisisResources(resourceLocale(locale, lang), resources);
  const lines = resourceLines(risk, set, lang).slice(0, 3);
  return `${CRISIS_TEXT[lang].reminder} ${lines.join("; ")}.`;
}
