/**
 * Grounding for a model's risk opinion. It can never lower what the rules found. It can raise
 * it only on the person's own words: a raised level whose evidence is not in what they wrote is
 * not taken — the reply asks the C-SSRS screening questions directly instead of escalating.
 */
import { maxRisk } from "../safety/merge-risk.js";
import { riskRank, type RiskAssessment, type RiskFlag, type RiskLevel } from "../safety/types.js";
import type { GroundingNote } from "./check-extraction.js";
import { locateQuote } from "./quotes.js";

export interface ModelRiskOpinion {
  level: RiskLevel;
  escalate: boolean;
  flags: RiskFlag[];
  evidence: string[];
}

export interface GroundedRisk {
  /** The rules' risk, raised by the model only on quoted words. */
  risk: RiskAssessment;
  /** True when the model saw risk it could not quote: ask directly. */
  askDirectly: boolean;
  /** True when the model's quoted opinion raised the rules' reading. */
  raised: boolean;
  notes: GroundingNote[];
}

export function groundRisk(rules: RiskAssessment, opinion: ModelRiskOpinion, personTexts: string[]): GroundedRisk {
  const notes: GroundingNote[] = [];
  const quoted = opinion.evidence.map((e) => locateQuote(personTexts, e)?.span).filter((s): s is string => !!s);
  const higher = riskRank(opinion.level) > riskRank(rules.level) || (opinion.escalate && !rules.escalate);
  if (riskRank(opinion.level) < riskRank(rules.level) || (rules.escalate && !opinion.escalate)) {
    notes.push({ kind: "risk_below_rules", detail: `model said ${opinion.level}${opinion.escalate ? " (escalate)" : ""}; the rules found ${rules.level}${rules.escalate ? " (escalate)" : ""}, which stands` });
  }
  if (!higher) return { risk: rules, askDirectly: false, raised: false, notes };
  if (!quoted.length) {
    notes.push({ kind: "risk_raise_without_words", detail: `model said ${opinion.level}${opinion.escalate ? " (escalate)" : ""} without the person's words; not escalated — the reply asks directly` });
    return { risk: rules, askDirectly: true, raised: false, notes };
  }
  const risk = maxRisk(rules, { ...opinion, evidence: quoted });
  notes.push({ kind: "risk_raised_by_model", detail: `model raised ${rules.level} to ${risk.level} on "${quoted[0].slice(0, 80)}"` });
  return { risk, askDirectly: false, raised: true, notes };
}
