/**
 * Risk that only shows across two messages: "I've barely eaten in five days." then "I fainted at
 * work this morning", or "The voices are back." then "They say I should hurt him." Each message
 * is screened on its own first; the two together are screened too, and that reading counts only
 * when it finds more than either message did alone, so nothing said earlier is counted twice.
 */
import { mergeRisk } from "./merge-risk.js";
import { screenRisk, type ScreenContext } from "./screen-risk.js";
import { riskRank, type RiskAssessment } from "./types.js";

/** `previousRisk` is the earlier message's own screening when the caller kept it (the graph does), saving a pass. */
export function screenWithPrevious(text: string, previous: string | undefined, context: ScreenContext = {}, previousRisk?: RiskAssessment): RiskAssessment {
  const own = screenRisk(text, context);
  if (!previous?.trim()) return own;
  const before = previousRisk ?? screenRisk(previous, context);
  const joint = screenRisk(`${previous}\n${text}`, context);
  const adds = riskRank(joint.level) > Math.max(riskRank(own.level), riskRank(before.level)) || (joint.escalate && !own.escalate && !before.escalate);
  return adds ? mergeRisk(own, joint) : own;
}
