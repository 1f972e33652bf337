/**
 * Differential scoring: likelihoods from criteria coverage and specificity-weighted evidence,
 * time rules, stressors, exclusions and hierarchy; statuses as in ../shared/CONTRACT.md.
 * Problems of living are scored the same way but reported apart and never as disorders.
 */
import type { Specifier } from "../knowledge/types.js";
import { evaluateCondition, type ConditionEvaluation } from "./criteria.js";
import type { KnowledgeModel } from "./knowledge-model.js";
import type {
  DifferentialEntry,
  DifferentialStatus,
  EpisodeTiming,
  ProblemOfLiving,
  RetrievedKnowledge,
  SymptomFinding,
} from "./types.js";

export interface DifferentialOptions {
  provisionalThreshold: number;
  minLikelihood: number;
  maxDifferential: number;
}

export interface ScoredCondition extends ConditionEvaluation {
  likelihood: number;
  status: DifferentialStatus;
  reasons: string[];
}

export interface DifferentialResult {
  differential: DifferentialEntry[];
  problems: ProblemOfLiving[];
  /** Every condition with any support, scored (for follow-up questions and model grounding). */
  scored: ScoredCondition[];
}

/** Coverage of the criterion groups; the first group (the syndrome itself) counts double. */
function coverage(e: ConditionEvaluation): number {
  let num = 0;
  let den = 0;
  e.groups.forEach((g, i) => {
    const w = i === 0 ? 2 : 1;
    num += w * Math.min(1, g.metCount / g.require);
    den += w;
  });
  return den ? num / den : 0;
}

function score(e: ConditionEvaluation, retrieval: number): { likelihood: number; reasons: string[] } {
  const reasons: string[] = [];
  const cov = coverage(e);
  const strength = 1 - Math.exp(-e.evidence / 2);
  let p = 0.5 * cov + 0.5 * strength;
  reasons.push(`criteria coverage ${(cov * 100).toFixed(0)}%, evidence ${e.evidence.toFixed(2)}`);
  if (!e.coreMet) {
    p *= 0.3;
    reasons.push("no hallmark feature described");
  }
  if (e.groups.some((g) => !g.requireOneOfOk)) p *= 0.6;
  if (e.time === "unmet") {
    p *= 0.45;
    reasons.push(`time rule not met (${e.condition.time?.text})`);
  } else if (e.time === "unknown") {
    // A condition defined by its brevity (acute stress, brief psychosis) rests on the time being
    // known; without it the commoner, longer-lasting neighbour should lead.
    p *= e.condition.time?.maxDays !== undefined ? 0.8 : 0.92;
  }
  if (e.stressor === "unknown") {
    p *= 0.4;
    reasons.push("no qualifying stressor described");
  }
  for (const x of e.exclusions) {
    p *= x.effect === "exclude" ? 0.3 : 0.6;
    reasons.push(`${x.effect}: ${x.text}`);
  }
  // Retrieval is a weak prior: it breaks ties between conditions the criteria support equally.
  p += 0.04 * retrieval;
  return { likelihood: Math.max(0, Math.min(0.97, p)), reasons };
}

function statusOf(e: ConditionEvaluation, likelihood: number, opts: DifferentialOptions): DifferentialStatus {
  if (e.exclusions.some((x) => x.effect === "exclude")) return "rule-out";
  const long = (e.condition.time?.minDays ?? 0) > 31;
  const complete =
    e.groups.every((g) => g.met) &&
    e.coreMet &&
    e.stressor === "met" &&
    e.time !== "unmet" &&
    !(e.time === "unknown" && long);
  if (complete && likelihood >= opts.provisionalThreshold && e.condition.kind === "disorder") return "provisional";
  return "possible";
}

/** The specifier whose conditions hold (later ones win), else the condition's own codes. */
function codesFor(e: ConditionEvaluation, present: Set<string>): { icd10cm: string; icd11: string; name: string } {
  const c = e.condition;
  let chosen: Specifier | undefined;
  const firstGroupMet = Math.floor(e.groups[0]?.metCount ?? 0);
  for (const s of c.specifiers ?? []) {
    const countOk = s.when.minItemsMet === undefined || firstGroupMet >= s.when.minItemsMet;
    const conceptsOk = !s.when.concepts?.length || s.when.concepts.some((k) => present.has(k));
    if (countOk && conceptsOk) chosen = s;
  }
  return chosen ? { icd10cm: chosen.icd10cm, icd11: chosen.icd11, name: chosen.name } : { ...c.codes, name: c.name };
}

function missingFor(e: ConditionEvaluation): string[] {
  const out: string[] = [];
  for (const g of e.groups) {
    if (g.met) continue;
    const unknown = g.items.filter((i) => i.met === null).slice(0, 3).map((i) => i.text.toLowerCase());
    const have = Math.round(g.metCount * 10) / 10;
    out.push(`${g.text} (${have} of ${g.require} found${unknown.length ? `; ask about: ${unknown.join("; ")}` : ""})`);
  }
  if (e.time !== "met" && e.condition.time) out.push(e.condition.time.text);
  if (e.stressor !== "met") out.push("an identifiable stressor or event that preceded the difficulties");
  for (const x of e.condition.exclusions) {
    if (!e.exclusions.some((f) => f.id === x.id) && x.effect === "exclude" && x.ifConcepts?.length) out.push(`rule out: ${x.text}`);
  }
  return out.slice(0, 6);
}

/**
 * Scores every condition against the findings. Pure: the same findings, timing and retrieval
 * give the same differential.
 */
export function reasonDifferential(
  findings: SymptomFinding[],
  timing: EpisodeTiming,
  retrieved: RetrievedKnowledge[],
  model: KnowledgeModel,
  opts: DifferentialOptions,
): DifferentialResult {
  const retrievalScore = new Map(retrieved.map((r) => [r.conditionId, r.score]));
  const evaluations = model.conditions.map((c) => evaluateCondition(c, findings, timing, model));
  let scored: ScoredCondition[] = evaluations
    .filter((e) => e.groups.some((g) => g.metCount > 0))
    .map((e) => {
      const { likelihood, reasons } = score(e, retrievalScore.get(e.condition.id) ?? 0);
      return { ...e, likelihood, reasons, status: statusOf(e, likelihood, opts) };
    });

  // Hierarchy: a supported condition named in another's exclusions takes precedence over it.
  const byId = new Map(scored.map((s) => [s.condition.id, s]));
  scored = scored.map((s) => {
    for (const x of s.condition.exclusions) {
      const winner = x.ifConditions?.map((id) => byId.get(id)).find((w) => w && (w.status === "provisional" || w.likelihood >= s.likelihood));
      if (!winner) continue;
      const likelihood = s.likelihood * (x.effect === "exclude" ? 0.5 : 0.75);
      const status: DifferentialStatus = x.effect === "exclude" ? "rule-out" : s.status === "provisional" ? "possible" : s.status;
      return { ...s, likelihood, status, reasons: [...s.reasons, `${winner.condition.name} takes precedence (${x.text})`] };
    }
    return s;
  });
  scored.sort((a, b) => b.likelihood - a.likelihood);

  const present = new Set(findings.filter((f) => !f.negated && !f.otherExperiencer && !f.hypothetical).map((f) => f.concept));
  const differential = scored
    // A disorder with none of its hallmark features described is not supported, however many
    // shared symptoms it has (tiredness and poor sleep do not make a use disorder).
    .filter((s) => s.condition.kind === "disorder" && s.coreMet && s.likelihood >= opts.minLikelihood)
    .slice(0, opts.maxDifferential)
    .map((s): DifferentialEntry => {
      const codes = codesFor(s, present);
      return {
        conditionId: s.condition.id,
        icd10cm: codes.icd10cm,
        icd11: codes.icd11,
        name: codes.name,
        likelihood: Math.round(s.likelihood * 100) / 100,
        status: s.status,
        criteria: s.groups.flatMap((g) => g.items.map((i) => ({ id: i.id, met: i.met, text: i.text, ...(i.evidence ? { evidence: i.evidence } : {}) }))),
        missing: missingFor(s),
        reasons: s.reasons,
        ...(s.condition.urgentReferral ? { urgentReferral: true } : {}),
      };
    });

  const problems = scored
    .filter((s) => s.condition.kind === "problem-of-living" && s.coreMet && s.likelihood >= opts.minLikelihood)
    .map((s): ProblemOfLiving => ({
      conditionId: s.condition.id,
      icd10cm: s.condition.codes.icd10cm,
      icd11: s.condition.codes.icd11,
      name: s.condition.name,
      evidence: s.supporting.map((f) => f.quote).slice(0, 4),
    }));
  return { differential, problems, scored };
}
