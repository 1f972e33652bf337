/**
 * The structured assessment in the shape of ../shared/CONTRACT.md (`assess` output), built
 * from the graph state. Fields may be added here, never removed or renamed.
 */
import type { DifferentialStatus } from "../engine/types.js";
import type { DirectQuestion, RiskLevel } from "../safety/types.js";
import type { CounselingOutputType, CounselingStateType, SafetyReview } from "./state.js";

/** One differential entry as apps receive it (the CONTRACT's shape; the state's DifferentialEntry carries more). */
export interface AssessedCondition {
  /** ICD-10-CM code, e.g. "F32.1". */
  icd10cm: string;
  /** ICD-11 MMS code, e.g. "6A70.1". */
  icd11: string;
  /** Plain name of the condition. */
  name: string;
  /** 0–1: how well the conversation supports it. */
  likelihood: number;
  /** "provisional" (criteria largely met), "possible" (partly) or "rule-out" (to be excluded). */
  status: DifferentialStatus;
  /** Each criterion: met, unmet, or unknown (null), with the person's words as evidence. */
  criteria: Array<{ id: string; met: boolean | null; evidence?: string }>;
  /** Criteria not yet asked about or described. */
  missing: string[];
  /** Knowledge-base id of the condition. */
  conditionId: string;
  /** Set when the condition warrants an urgent referral (psychosis, mania, eating disorder with medical risk). */
  urgentReferral?: boolean;
}

export interface AssessmentOutput {
  id: string | null;
  risk: {
    level: RiskLevel;
    escalate: boolean;
    flags: string[];
    evidence: string[];
    /** Set when this turn's reply asked the C-SSRS screening questions directly (uncertain signs, no escalation). */
    askedDirectly?: DirectQuestion;
    /** The learned risk net's highest score in the session (0–1). */
    netScore?: number;
  };
  differential: AssessedCondition[];
  modality: { primary: string; alternatives: string[]; rationale: string; technique?: string; school?: string } | null;
  followUp: string | null;
  response: string;
  /** Whom the differential is about: the writer, or the person they describe ({kind: "other", who: "your son"}). */
  subject: CounselingStateType["subject"];
  /** Problems of living (Z codes): difficulties that are not disorders. */
  problems: CounselingStateType["problems"];
  /** PHQ-9 / GAD-7 estimates from the conversation. */
  screeners: CounselingStateType["screeners"];
  /** Always true: every impression here is a working hypothesis for a clinician, not a diagnosis. */
  provisional: true;
  /** Turns handled. */
  turns: number;
  /** Which back end produced each part of the last turn: offline, model, model+corrected, offline-fallback. */
  backend: CounselingStateType["backend"];
  /** Model calls and tokens of the last turn (zero offline). */
  usage: { calls: number; promptTokens: number; completionTokens: number; byNode: CounselingStateType["usage"]["byNode"] };
  /** What the grounding checks corrected in the last turn's model answers. */
  corrections: CounselingStateType["corrections"];
  /** What the output guard did to the last reply: its action, the violations it found, sentences removed. */
  guard: { action: NonNullable<SafetyReview["action"]>; violations: string[]; removed: number };
}

export function assessmentFromState(id: string | null, state: CounselingOutputType): AssessmentOutput {
  const crisisPlan = { primary: "crisis-protocol", alternatives: ["safety-planning"], rationale: "Risk screening escalated this turn: crisis resources and a safety plan come before any therapeutic work (C-SSRS triage; Stanley–Brown safety planning)." };
  return {
    id,
    risk: {
      level: state.risk.level,
      escalate: state.risk.escalate,
      flags: [...state.risk.flags],
      evidence: [...state.risk.evidence],
      ...(state.turnRisk.askedDirectly && !state.risk.escalate ? { askedDirectly: state.turnRisk.askedDirectly } : {}),
      ...(state.risk.netScore !== undefined ? { netScore: state.risk.netScore } : {}),
    },
    differential: state.differential.map((d) => ({
      icd10cm: d.icd10cm,
      icd11: d.icd11,
      name: d.name,
      likelihood: d.likelihood,
      status: d.status,
      criteria: d.criteria.map((c) => ({ id: c.id, met: c.met, ...(c.evidence ? { evidence: c.evidence } : {}) })),
      missing: d.missing,
      conditionId: d.conditionId,
      ...(d.urgentReferral ? { urgentReferral: true } : {}),
    })),
    modality: state.modality ?? (state.crisis ? crisisPlan : null),
    followUp: state.followUp,
    response: state.response,
    subject: state.subject,
    problems: state.problems,
    screeners: state.screeners,
    provisional: true,
    turns: state.turn,
    backend: { ...state.backend },
    usage: state.usage?.turn === state.turn
      ? { calls: state.usage.calls, promptTokens: state.usage.promptTokens, completionTokens: state.usage.completionTokens, byNode: state.usage.byNode }
      : { calls: 0, promptTokens: 0, completionTokens: 0, byNode: {} },
    corrections: (state.corrections ?? []).filter((c) => c.turn === state.turn),
    guard: { action: state.safety?.action ?? (state.safety?.rewritten ? "replaced" : "none"), violations: [...(state.safety?.violations ?? [])], removed: state.safety?.removed ?? 0 },
  };
}
