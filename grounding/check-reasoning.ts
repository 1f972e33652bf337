/**
 * Grounding for the reasoning model's differential: codes must name a knowledge-base
 * condition, criterion ids must belong to it, and evidence must be the person's words.
 * What passes becomes findings (so the engine recomputes statuses from criteria counts, time
 * rules and hierarchy exactly as it does offline); what fails is dropped and recorded.
 */
import type { DifferentialEntry, SymptomFinding } from "../engine/types.js";
import type { Condition, CriterionItem } from "../knowledge/types.js";
import type { GroundingNote } from "./check-extraction.js";
import { locateQuote } from "./quotes.js";

/** A model's differential, as the reading schema has it. */
export interface ModelDifferential {
  differential: Array<{
    icd10cm: string;
    status: DifferentialEntry["status"];
    likelihood: number;
    criteria: Array<{ id: string; met: boolean; evidence: string | null }>;
    ruleOutEvidence?: string | null;
  }>;
}

/** A condition the model listed, after the checks. */
export interface ModelOpinion {
  conditionId: string;
  likelihood: number;
  status: DifferentialEntry["status"];
  /** Share of the model's criterion judgments for it whose evidence is the person's words (0–1): how much its likelihood counts. */
  weight: number;
  /** The person's words the model gave for ruling it out, when they are really theirs. */
  ruledOutBy?: string;
}

export interface GroundedReasoning {
  /** Findings behind criteria the model judged with valid evidence. */
  derived: SymptomFinding[];
  /** Conditions the model listed that exist, by condition id. */
  opinions: Map<string, ModelOpinion>;
  notes: GroundingNote[];
}

/** Finds the condition a code names: its own code or one of its specifiers' codes; candidates first. */
export function conditionByCode(code: string, conditions: readonly Condition[], candidates: readonly Condition[] = []): Condition | undefined {
  const c = code.trim().toUpperCase();
  const has = (x: Condition) => x.codes.icd10cm.toUpperCase() === c || (x.specifiers ?? []).some((s) => s.icd10cm.toUpperCase() === c);
  return candidates.find(has) ?? conditions.find(has);
}

export function groundReasoning(
  answer: ModelDifferential,
  input: {
    userTurns: string[];
    /** Absolute index of userTurns[0] (earlier turns may have left the history window). */
    firstTurn?: number;
    findings: SymptomFinding[];
    conditions: readonly Condition[];
    candidates: readonly Condition[];
  },
): GroundedReasoning {
  const derived: SymptomFinding[] = [];
  const opinions = new Map<string, ModelOpinion>();
  const notes: GroundingNote[] = [];
  for (const entry of answer.differential) {
    const condition = conditionByCode(entry.icd10cm, input.conditions, input.candidates);
    if (!condition) {
      notes.push({ kind: "unknown_code", detail: `ICD-10-CM "${entry.icd10cm}" is not a condition in the knowledge base; dropped` });
      continue;
    }
    const opinion: ModelOpinion = opinions.get(condition.id) ?? { conditionId: condition.id, likelihood: entry.likelihood, status: entry.status, weight: 0 };
    opinions.set(condition.id, opinion);
    let claimed = 0;
    let grounded = 0;
    if (entry.status === "rule-out" && entry.ruleOutEvidence) {
      const found = locateQuote(input.userTurns, entry.ruleOutEvidence);
      if (found) opinion.ruledOutBy = found.span;
      else notes.push({ kind: "quote_not_found", detail: `rule-out of ${condition.name}: "${entry.ruleOutEvidence.slice(0, 80)}" is not the person's words; not ruled out` });
    }
    const items = new Map<string, CriterionItem>(condition.criteria.flatMap((g) => g.items.map((i) => [i.id, i] as const)));
    for (const judged of entry.criteria) {
      const item = items.get(judged.id);
      if (!item) {
        notes.push({ kind: "unknown_criterion", detail: `criterion "${judged.id}" is not part of ${condition.name}; ignored` });
        continue;
      }
      claimed++;
      if (!judged.evidence) {
        if (judged.met) notes.push({ kind: "unsupported_criterion", detail: `${judged.id} judged met without the person's words; not counted` });
        continue;
      }
      const found = locateQuote(input.userTurns, judged.evidence);
      const located = found && { ...found, index: found.index + (input.firstTurn ?? 0) };
      if (!located) {
        notes.push({ kind: "quote_not_found", detail: `${judged.id} evidence not in the person's words: "${judged.evidence.slice(0, 80)}"; not counted` });
        continue;
      }
      grounded++;
      // Reuse the concept the rules already saw in those words, if any, so the finding agrees with them.
      const known = input.findings.find((f) => item.concepts.includes(f.concept) && f.turn === located.index && (f.quote.includes(located.span) || located.span.includes(f.quote)));
      const concept = known?.concept ?? item.concepts[0];
      if (derived.some((d) => d.concept === concept && d.quote === located.span)) continue;
      derived.push({
        concept,
        quote: located.span,
        turn: located.index,
        negated: !judged.met,
        hedged: false,
        historical: item.allowHistorical === true && (known?.historical ?? false),
        hypothetical: false,
        otherExperiencer: false,
        source: "model",
      });
    }
    opinion.weight = claimed ? grounded / claimed : 0;
  }
  return { derived, opinions, notes };
}

/**
 * The final differential: the engine's entries (statuses recomputed from criteria), with the
 * model's likelihood counted in proportion to its grounded evidence (none grounded, none
 * counted; all grounded, half the weight), a grounded rule-out honoured, and entries the model
 * passed over after grounding some evidence slightly discounted.
 */
export function blendDifferential(engine: DifferentialEntry[], opinions: Map<string, ModelOpinion>): { differential: DifferentialEntry[]; notes: GroundingNote[] } {
  const notes: GroundingNote[] = [];
  const anyGrounded = [...opinions.values()].some((o) => o.weight > 0);
  const differential = engine
    .map((d) => {
      const o = opinions.get(d.conditionId);
      if (o && o.status !== d.status && !o.ruledOutBy) {
        notes.push({ kind: "status_recomputed", detail: `${d.name}: model said ${o.status}, the criteria counts give ${d.status}` });
      }
      if (o?.ruledOutBy) {
        notes.push({ kind: "ruled_out", detail: `${d.name}: ruled out by the model on the person's words "${o.ruledOutBy.slice(0, 80)}"` });
        return { ...d, status: "rule-out" as const, likelihood: Math.round(d.likelihood * 50) / 100 };
      }
      const w = o ? 0.5 * o.weight : 0;
      const likelihood = o ? (1 - w) * d.likelihood + w * o.likelihood : anyGrounded ? d.likelihood * 0.9 : d.likelihood;
      return { ...d, likelihood: Math.round(likelihood * 100) / 100 };
    })
    .sort((a, b) => b.likelihood - a.likelihood);
  for (const o of opinions.values()) {
    if (!engine.some((d) => d.conditionId === o.conditionId) && o.status !== "rule-out") {
      notes.push({ kind: "not_supported_by_criteria", detail: `model listed ${o.conditionId}, but the grounded criteria do not support it; left out` });
    }
  }
  return { differential, notes };
}
