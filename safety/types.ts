/**
 * Risk vocabulary shared by the rules, the graph state, the CLI contract and any model back end.
 * Levels follow the C-SSRS screener's triage (see ../shared/BACKGROUND.md).
 */

/** C-SSRS-style triage levels, ordered from least to most urgent. */
export const RISK_LEVELS = ["none", "low", "moderate", "high", "imminent"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What kind of danger a finding points to. Extend by adding names; never rename (CONTRACT.md). */
export const RISK_FLAGS = [
  "suicidal_ideation",
  "self_harm",
  "harm_to_others",
  "abuse",
  "medical_emergency",
  "psychosis",
  "command_hallucinations",
  "mania_dangerous",
  "third_party_risk",
  "past_risk",
  "prompt_injection",
  // Physical signs that need a medical review soon but are not an emergency (e.g. restriction
  // with dizziness, withdrawal tremor). Never escalates by itself.
  "medical_concern",
] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

/** One rule hit: which rule fired, on which words, and what it implies. */
export interface RiskFinding {
  /** Stable rule id, e.g. "si.method" or "abuse.threat". */
  rule: string;
  /** The flag this finding raises. */
  flag: RiskFlag;
  /** The level this finding alone implies. */
  level: RiskLevel;
  /** The user's own words that triggered it (verbatim substring of the message). */
  evidence: string;
}

/** The risk picture after screening one or more messages. */
export interface RiskAssessment {
  /** Highest level supported by the findings (monotonic within a session, see mergeRisk). */
  level: RiskLevel;
  /** True whenever the person needs crisis resources now. */
  escalate: boolean;
  /** Distinct flags raised, in order of first appearance. */
  flags: RiskFlag[];
  /** Verbatim quotes from the person's words that support the level. */
  evidence: string[];
  /** Rule hits behind the level (for clinicians and audits). */
  findings: RiskFinding[];
  /**
   * Set only by an explicit re-assessment (safety/merge-risk.ts, reassessRisk): the one way a
   * session's risk may go down. Keeps who lowered it, why, and what it was before.
   */
  reassessment?: RiskReassessment;
  /**
   * The learned risk net's score for the message (0–1, safety/learned/risk-net.ts), when it ran.
   * Across a session, the highest so far.
   */
  netScore?: number;
  /**
   * Set when the signs were uncertain and the reply asked the C-SSRS screening questions directly
   * instead of escalating (the net's middle band, means beside a soft wish, distress in a
   * language the rules do not read). Never set on an escalated turn.
   */
  askedDirectly?: DirectQuestion;
}

/** A direct C-SSRS screening question the reply asked, and why. */
export interface DirectQuestion {
  /** The question as asked, in the person's language. */
  question: string;
  /** ISO 639-1 code of the language it was asked in. */
  language: string;
  /** What made the signs uncertain (plain words, for clinicians and audits). */
  reasons: string[];
  /** The learned net's score when it was part of the reason. */
  netScore?: number;
  /**
   * "someone else" when the uncertain signs were in words about another person (a partner, a child,
   * a friend): the question asks about their safety and how the writer is coping. Absent: about the writer.
   */
  about?: "someone else";
}

/** A clinician's (or a reviewed model's) explicit decision to lower a session's risk. */
export interface RiskReassessment {
  /** Why the level was changed (free text, required: lowering without a reason is not allowed). */
  reason: string;
  /** Who decided (clinician id, "model:..." etc.). */
  by: string;
  /** Level before the re-assessment. */
  from: RiskLevel;
  /** Level after the re-assessment. */
  to: RiskLevel;
}

export const NO_RISK: RiskAssessment = Object.freeze({
  level: "none",
  escalate: false,
  flags: [],
  evidence: [],
  findings: [],
}) as RiskAssessment;

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function maxRiskLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return riskRank(a) >= riskRank(b) ? a : b;
}

/** True when `level` is at least `floor` (e.g. atLeast(risk.level, "high")). */
export function atLeast(level: RiskLevel, floor: RiskLevel): boolean {
  return riskRank(level) >= riskRank(floor);
}
