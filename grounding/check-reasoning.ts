/**
 * Grounding for the reasoning model's differential: codes must name a knowledge-base
 * condition, criterion ids must belong to it, and evidence must be the person's words.
 * What passes becomes findings (so the engine recomputes statuses from criteria counts, time
 * rules and hierarchy exactly as it does offline); what fails is dropped and recorded.
 */
import type { DifferentialEntry, SymptomFinding } from "../engine/types.js";
import type { Condition, CriterionItem } from "../knowledge/types.js";
import type { ReasoningAnswer } from "../nodes/reason-differential.prompt.js";
import type { GroundingNote } from "./check-extraction.js";
import { locateQuote } from "./quotes.js";

/** A condition the model listed, after the checks. */
export interface ModelOpinion {
  conditionId: string;
  likelihood: number;
  status: DifferentialEntry["status"];
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
  answer: ReasoningAnswer,
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
    if (!opinions.has(condition.id)) opinions.set(condition.id, { conditionId: condition.id, likelihood: entry.likelihood, status: entry.status });
    const items = new Map<string, CriterionItem>(condition.criteria.flatMap((g) => g.items.map((i) => [i.id, i] as const)));
    for (const judged of entry.criteria) {
      const item = items.get(judged.id);
      if (!item) {
        notes.push({ kind: "unknown_criterion", detail: `criterion "${judged.id}" is not part of ${condition.name}; ignored` });
        continue;
      }
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
  }
  return { derived, opinions, notes };
}

/**
 * The final differential: the engine's entries (statuses recomputed from criteria), with the
 * model's likelihood blended in for conditions it listed, and discounted for those it did not.
 */
export function blendDifferential(engine: DifferentialEntry[], opinions: Map<string, ModelOpinion>): { differential: DifferentialEntry[]; notes: GroundingNote[] } {
  const notes: GroundingNote[] = [];
  const differential = engine
    .map((d) => {
      const o = opinions.get(d.conditionId);
      if (o && o.status !== d.status) {
        notes.push({ kind: "status_recomputed", detail: `${d.name}: model said ${o.status}, the criteria counts give ${d.status}` });
      }
      const likelihood = o ? 0.5 * d.likelihood + 0.5 * o.likelihood : d.likelihood * 0.8;
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
