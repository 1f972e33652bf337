/**
 * Risk within a session only goes up. mergeRisk combines turns (and the graph's reducer uses
 * it); maxRisk combines the rules with a model's opinion, never below the rules; reassessRisk
 * is the one explicit way down, and it records who lowered the risk and why.
 */
import { RISK_FLAGS, RISK_LEVELS, maxRiskLevel, riskRank, type RiskAssessment, type RiskFinding, type RiskFlag, type RiskLevel } from "./types.js";

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function unionFindings(a: readonly RiskFinding[], b: readonly RiskFinding[]): RiskFinding[] {
  const key = (f: RiskFinding) => `${f.rule}\u0000${f.flag}\u0000${f.evidence}`;
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const f of b) if (!seen.has(key(f))) (seen.add(key(f)), out.push(f));
  return out;
}

/**
 * Combines the session's risk so far with a new assessment. Never lowers the level, never
 * clears escalate, never drops a flag, quote or finding. Returns a new object.
 */
export function mergeRisk(prev: RiskAssessment | undefined, next: RiskAssessment): RiskAssessment {
  if (!prev) {
    const copy: RiskAssessment = { ...next, flags: [...next.flags], evidence: [...next.evidence], findings: [...next.findings] };
    if (copy.escalate) delete copy.askedDirectly;
    return copy;
  }
  const merged: RiskAssessment = {
    level: maxRiskLevel(prev.level, next.level),
    escalate: prev.escalate || next.escalate,
    flags: union(prev.flags, next.flags),
    evidence: union(prev.evidence, next.evidence),
    findings: unionFindings(prev.findings, next.findings),
  };
  const reassessment = next.reassessment ?? prev.reassessment;
  if (reassessment) merged.reassessment = reassessment;
  const netScore = Math.max(prev.netScore ?? -1, next.netScore ?? -1);
  if (netScore >= 0) merged.netScore = netScore;
  // A direct question belongs to the turn that asked it; once escalated, resources replace it.
  const asked = next.askedDirectly ?? prev.askedDirectly;
  if (asked && !merged.escalate) merged.askedDirectly = asked;
  return merged;
}

/** An explicit re-assessment: the only way a session's risk goes down. */
export interface Reassessment {
  /** Why (required and non-empty). */
  reason: string;
  /** The new level. */
  level: RiskLevel;
  /** Who decided (e.g. "clinician:42"). */
  by: string;
  /** Whether crisis resources are still needed; by default kept unless the level is "none". */
  escalate?: boolean;
}

/**
 * Sets the session's risk to a reviewed level, keeping flags, quotes and findings as history
 * and recording the decision in `reassessment`. Throws without a reason or a known level.
 */
export function reassessRisk(prev: RiskAssessment, change: Reassessment): RiskAssessment {
  if (!change.reason || !change.reason.trim()) throw new Error("reassessRisk: a reason is required to change a session's risk");
  if (!change.by || !change.by.trim()) throw new Error("reassessRisk: `by` (who re-assessed) is required");
  if (!RISK_LEVELS.includes(change.level)) throw new Error(`reassessRisk: unknown level ${String(change.level)}`);
  return {
    level: change.level,
    escalate: change.escalate ?? (prev.escalate && change.level !== "none"),
    flags: [...prev.flags],
    evidence: [...prev.evidence],
    findings: [...prev.findings],
    reassessment: { reason: change.reason.trim(), by: change.by.trim(), from: prev.level, to: change.level },
  };
}

/** A model's risk opinion, possibly partial or malformed (it comes from a model). */
export type ModelRiskOpinion = Partial<Pick<RiskAssessment, "level" | "escalate" | "flags" | "evidence" | "findings">>;

/**
 * Combines the rules' result with a model's opinion: never lower than the rules. Unknown
 * levels and flags from the model are ignored; when `userText` is given, model "evidence"
 * that is not a verbatim quote of it is dropped (the app highlights evidence in the text).
 */
export function maxRisk(rules: RiskAssessment, model: ModelRiskOpinion | undefined, userText?: string): RiskAssessment {
  if (!model) return mergeRisk(undefined, rules);
  const level: RiskLevel = typeof model.level === "string" && RISK_LEVELS.includes(model.level) ? model.level : "none";
  const flags = (Array.isArray(model.flags) ? model.flags : []).filter((f): f is RiskFlag => RISK_FLAGS.includes(f as RiskFlag));
  const evidence = (Array.isArray(model.evidence) ? model.evidence : []).filter(
    (e): e is string => typeof e === "string" && e.length > 0 && (userText === undefined || userText.includes(e)),
  );
  const findings = (Array.isArray(model.findings) ? model.findings : []).filter(
    (f) => f && typeof f.rule === "string" && RISK_FLAGS.includes(f.flag) && RISK_LEVELS.includes(f.level) && (userText === undefined || userText.includes(f.evidence)),
  );
  return mergeRisk(rules, { level, escalate: model.escalate === true, flags, evidence, findings });
}

/** True when `a` is at least as severe as `b` on every axis mergeRisk protects (for tests and audits). */
export function dominates(a: RiskAssessment, b: RiskAssessment): boolean {
  return riskRank(a.level) >= riskRank(b.level) && (a.escalate || !b.escalate) && b.flags.every((f) => a.flags.includes(f));
}
