/**
 * One short line of crisis resources, for ordinary replies later in a session whose risk was
 * raised earlier: the resources stay visible on every turn without repeating the whole
 * crisis protocol.
 */
import { resourceLines } from "./crisis-reply.js";
import { crisisResources, type CrisisResource } from "./crisis-resources.js";
import type { RiskAssessment } from "./types.js";

/** A one-line reminder of the most fitting resources for this risk and locale. */
export function resourcesLine(risk: RiskAssessment, locale: string, resources?: CrisisResource[]): string {
  const lang = locale.toLowerCase().startsWith("es") ? "es" : "en";
  const set = crisisResources(locale, resources);
  const lines = resourceLines(risk, set, lang).slice(0, 3);
  return lang === "es"
    ? `Si en algún momento no te sientes a salvo: ${lines.join("; ")}.`
    : `If things feel unsafe at any point: ${lines.join("; ")}.`;
}
