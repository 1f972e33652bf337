/**
 * Criteria matching: each criterion item of a condition judged met, unmet or unknown from the
 * findings, with the person's words as evidence; then the condition's groups, time rule,
 * stressor and exclusions.
 */
import type { Condition, CriterionItem, TimeRule } from "../knowledge/types.js";
import { isPresent } from "./presence.js";
import type { KnowledgeModel } from "./knowledge-model.js";
import type { CriterionVerdict, EpisodeTiming, SymptomFinding } from "./types.js";

export interface ItemEvaluation extends CriterionVerdict {
  /** Concept that met it (for specificity and follow-up questions). */
  concept?: string;
  /** The supporting finding was hedged ("maybe", "kind of"). */
  hedged?: boolean;
  /** Met only by the learned symptom reader's reading, not by a lexicon match. */
  learned?: boolean;
  /** The item's definition. */
  item: CriterionItem;
}

export interface GroupEvaluation {
  id: string;
  text: string;
  require: number;
  /** Items met, hedged ones counted as partial. */
  metCount: number;
  met: boolean;
  requireOneOfOk: boolean;
  items: ItemEvaluation[];
}

export type TriState = "met" | "unmet" | "unknown";

export interface ConditionEvaluation {
  condition: Condition;
  groups: GroupEvaluation[];
  /** A hallmark (core) item is met, or the condition marks none. */
  coreMet: boolean;
  /** Specificity-weighted evidence mass. */
  evidence: number;
  time: TriState;
  /** "met" when the presupposed stressor is described, "unknown" when not, "met" when none is needed. */
  stressor: TriState;
  /** Exclusion ids that fired, with their effect. */
  exclusions: Array<{ id: string; text: string; effect: "exclude" | "demote" }>;
  /** Present findings that support an item, for evidence and reflections. */
  supporting: SymptomFinding[];
}

const HEDGED_CREDIT = 0.6;

function pickFinding(findings: SymptomFinding[], concepts: string[], predicate: (f: SymptomFinding) => boolean): SymptomFinding | undefined {
  let best: SymptomFinding | undefined;
  for (const f of findings) {
    if (!concepts.includes(f.concept) || !predicate(f)) continue;
    // Prefer firm over hedged, a lexicon match over the learned reader's, then the most recent
    // turn: people correct themselves.
    const rank = (x: SymptomFinding) => (x.hedged ? 0 : 2) + (x.learned ? 0 : 1);
    if (!best || rank(f) > rank(best) || (rank(f) === rank(best) && f.turn > best.turn)) best = f;
  }
  return best;
}

export function evaluateItem(item: CriterionItem, findings: SymptomFinding[]): ItemEvaluation {
  const present = pickFinding(findings, item.concepts, (f) => isPresent(f, item.allowHistorical));
  if (present) {
    return { id: item.id, text: item.text, met: true, evidence: present.quote, concept: present.concept, hedged: present.hedged, ...(present.learned ? { learned: true } : {}), item };
  }
  const denied = pickFinding(findings, item.concepts, (f) => f.negated && !f.otherExperiencer && !f.hypothetical);
  if (denied) return { id: item.id, text: item.text, met: false, evidence: denied.quote, concept: denied.concept, item };
  return { id: item.id, text: item.text, met: null, item };
}

/** Days the time rule is measured against: symptom duration, or time since the stressor. */
function checkTime(rule: TimeRule | undefined, timing: EpisodeTiming, findings: SymptomFinding[], condition: Condition): TriState {
  if (!rule) return "met";
  const results: TriState[] = [];
  const duration = timing.durationDays;
  const sinceStressor = timing.stressorAgoDays;
  // Symptoms that began with the stressor have lasted at least as long as the time since it.
  const effective = Math.max(duration ?? -1, condition.requiresStressor && sinceStressor !== undefined ? sinceStressor : -1);
  const known = effective >= 0 ? effective : undefined;
  if (rule.minDays !== undefined) results.push(known === undefined ? "unknown" : known >= rule.minDays * 0.9 ? "met" : "unmet");
  if (rule.maxDays !== undefined) {
    const basis = sinceStressor ?? duration;
    results.push(basis === undefined ? "unknown" : basis <= rule.maxDays * 1.1 ? "met" : "unmet");
  }
  if (rule.minDaysSinceStressor !== undefined) {
    results.push(sinceStressor === undefined ? (duration !== undefined && duration >= rule.minDaysSinceStressor ? "met" : "unknown") : sinceStressor >= rule.minDaysSinceStressor * 0.9 ? "met" : "unmet");
  }
  if (rule.onsetWithinDaysOfStressor !== undefined) {
    results.push(sinceStressor === undefined ? "unknown" : sinceStressor <= rule.onsetWithinDaysOfStressor * 1.5 || (duration ?? 0) <= sinceStressor ? "met" : "unmet");
  }
  if (rule.onsetBeforeAge !== undefined) {
    const childhood = timing.lifelong || findings.some((f) => /childhood|since_child|early_onset/.test(f.concept) && isPresent(f, true));
    results.push(childhood ? "met" : "unknown");
  }
  if (results.includes("unmet")) return "unmet";
  if (results.includes("unknown")) return "unknown";
  return "met";
}

export function evaluateCondition(condition: Condition, findings: SymptomFinding[], timing: EpisodeTiming, model: KnowledgeModel): ConditionEvaluation {
  const supporting: SymptomFinding[] = [];
  let evidence = 0;
  let coreMet = false;
  let hasCore = false;
  const groups = condition.criteria.map((g): GroupEvaluation => {
    // A spell told as shorter than the episode the group describes does not make one.
    const spell = g.minSpellDays;
    const usable = spell === undefined ? findings : findings.filter((f) => (f.spellDays ?? f.durationDays) === undefined || (f.spellDays ?? f.durationDays)! >= spell * 0.9);
    const items = g.items.map((item) => evaluateItem(item, usable));
    let metCount = 0;
    for (const e of items) {
      if (e.item.core) hasCore = true;
      if (e.met !== true) continue;
      const credit = e.hedged ? HEDGED_CREDIT : 1;
      metCount += credit;
      if (e.item.core) coreMet = true;
      evidence += credit * (e.item.weight ?? 1) * model.specificity(e.concept!);
      const f = findings.find((x) => x.quote === e.evidence && x.concept === e.concept);
      if (f && !supporting.includes(f)) supporting.push(f);
    }
    const requireOneOfOk = !g.requireOneOf?.length || items.some((e) => e.met === true && g.requireOneOf!.includes(e.id));
    return { id: g.id, text: g.text, require: g.require, metCount, met: metCount >= g.require - 1e-9 && requireOneOfOk, requireOneOfOk, items };
  });
  const stressorNeeded = condition.requiresStressor?.length ?? 0;
  const stressor: TriState = !stressorNeeded
    ? "met"
    : findings.some((f) => condition.requiresStressor!.includes(f.concept) && isPresent(f, true))
      ? "met"
      : "unknown";
  const exclusions: ConditionEvaluation["exclusions"] = [];
  for (const x of condition.exclusions) {
    if (x.ifConcepts?.length && findings.some((f) => x.ifConcepts!.includes(f.concept) && isPresent(f, true))) {
      exclusions.push({ id: x.id, text: x.text, effect: x.effect });
    }
  }
  return {
    condition,
    groups,
    coreMet: coreMet || !hasCore,
    evidence,
    time: checkTime(condition.time, timing, findings, condition),
    stressor,
    exclusions,
    supporting,
  };
}
