/**
 * Differential scoring: likelihoods from criteria coverage and specificity-weighted evidence,
 * time rules, stressors, exclusions and hierarchy; statuses as in ../shared/CONTRACT.md.
 * Problems of living are scored the same way but reported apart and never as disorders.
 */
import type { Exclusion, Specifier } from "../knowledge/types.js";
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
  /**
   * The learned reader's opinion (engine/learned/dx-net.ts): condition id → probability. A
   * condition's likelihood becomes (criteria + `blend` × probability) / (1 + `blend`), and a
   * condition without a hallmark may be put forward as possible from `admit` (see `admitted`).
   * Absent: the criteria alone decide.
   */
  prior?: { p: ReadonlyMap<string, number>; blend: number; admit: number };
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

/** With nothing specific to it read, the learned reader alone lists a condition only from this probability. */
const NO_EVIDENCE_READER = 0.5;
/** How likely, against a residual condition, a condition with its own hallmark must be to take precedence. */
const RESIDUAL_RATIO = 0.25;
/** The learned reader's probability at which a condition nothing described supports may still lead … */
const READER_NEAR_CERTAIN = 0.9;
/** … when the best-supported described disorder is below this likelihood. */
const WEAKLY_DESCRIBED = 0.25;
/** The learned reader's probability at which a disorder read from a single concept may still be listed. */
const SINGLE_PHRASE_READER = 0.1;

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
  // The main feature denied ("not particularly worried about anything") with only a lesser one of
  // the syndrome read (a dread of bedtime as anxious mood): the condition is not what they describe.
  if (mainFeatureDenied(e)) {
    p *= 0.5;
    reasons.push("its main feature denied");
  }
  // A required part the person denied outright (no earlier episode for recurrent depression) is
  // unmet, not unknown.
  const denied = e.groups.find((g, i) => i > 0 && g.metCount === 0 && g.items.length > 0 && g.items.every((it) => it.met === false));
  if (denied) {
    p *= 0.4;
    reasons.push(`denied: ${denied.text}`);
  }
  for (const x of e.exclusions) {
    p *= x.effect === "exclude" ? 0.3 : 0.6;
    reasons.push(`${x.effect}: ${x.text}`);
  }
  // Retrieval is a weak prior: it breaks ties between conditions the criteria support equally.
  p += 0.04 * retrieval;
  return { likelihood: Math.max(0, Math.min(0.97, p)), reasons };
}

/** Concepts that are a condition's name in the person's words ("mania_label", "depression_named"), not a feature of it. */
const NAMED_CONCEPT = /_(?:label|named)$/;

/**
 * `w` has a hallmark of its own that `s` does not share: a core criterion item met by a concept
 * none of `s`'s criteria cite (elevated mood over unipolar depression, a withdrawal over
 * insomnia), not a core both read from the same words (low mood in single vs recurrent depression).
 * With `minWeight`, any item of at least that weight counts, when read firmly (see `decisive`).
 */
function distinctHallmark(w: ConditionEvaluation, s: ConditionEvaluation, minWeight = 0): boolean {
  const theirs = new Set(s.condition.criteria.flatMap((g) => g.items.flatMap((i) => i.concepts)));
  // A core item; or, asked for a decisive one, any item of that weight (a hospital admission during a
  // high) read firmly by the lexicon: not the learned reader's guess, a hedge, or a name the person
  // gives it ("I'm pretty sure I'm bipolar" describes no high).
  const decisive = (i: ConditionEvaluation["groups"][number]["items"][number]) =>
    (i.item.weight ?? 1) >= minWeight && !i.learned && !i.hedged && !NAMED_CONCEPT.test(i.concept ?? "");
  return w.groups.some((g) => g.items.some((i) => (minWeight > 0 ? decisive(i) : i.item.core) && i.met === true && !!i.concept && !theirs.has(i.concept)));
}

/** The syndrome's weightiest hallmark (weight 2 or more) denied, and none of that weight met. */
function mainFeatureDenied(e: ConditionEvaluation): boolean {
  const main = (e.groups[0]?.items ?? []).filter((i) => i.item.core && (i.item.weight ?? 1) >= 2);
  return main.some((i) => i.met === false) && !main.some((i) => i.met === true);
}

function statusOf(e: ConditionEvaluation, likelihood: number, opts: DifferentialOptions): DifferentialStatus {
  if (e.exclusions.some((x) => x.effect === "exclude")) return "rule-out";
  if (mainFeatureDenied(e)) return "possible";
  const long = (e.condition.time?.minDays ?? 0) > 31;
  // The learned symptom reader may list and rank, never make a disorder provisional on its own:
  // a hallmark (or, with none marked, some item) must be read by the lexicon.
  const items = e.groups.flatMap((g) => g.items);
  const hasCore = items.some((i) => i.item.core);
  const lexiconHallmark = items.some((i) => i.met === true && !i.learned && (i.item.core || !hasCore));
  const complete =
    e.groups.every((g) => g.met) &&
    e.coreMet &&
    lexiconHallmark &&
    e.stressor === "met" &&
    e.time !== "unmet" &&
    !(e.time === "unknown" && long);
  if (complete && likelihood >= opts.provisionalThreshold && e.condition.kind === "disorder") return "provisional";
  return "possible";
}

/** The specifier whose conditions hold (later ones win), else the condition's own codes. */
function codesFor(e: ConditionEvaluation, present: Set<string>, current: Set<string>): { icd10cm: string; icd11: string; name: string } {
  const c = e.condition;
  let chosen: Specifier | undefined;
  const firstGroupMet = Math.floor(e.groups[0]?.metCount ?? 0);
  for (const s of c.specifiers ?? []) {
    const countOk = s.when.minItemsMet === undefined || firstGroupMet >= s.when.minItemsMet;
    const told = s.when.current ? current : present;
    const conceptsOk = !s.when.concepts?.length || s.when.concepts.some((k) => told.has(k));
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
  // The learned reader's clear first choice among disorders, when it has one, for the single-phrase check.
  const ranked = opts.prior ? [...opts.prior.p].filter(([id]) => id !== "none").sort((a, b) => b[1] - a[1]) : [];
  const elsewhere = (id: string) => ranked.length > 0 && ranked[0][0] !== id && ranked[0][1] >= 0.5;
  let scored: ScoredCondition[] = evaluations
    // Supported by a criterion the person described, or read with confidence (≥ 0.5) by the learned
    // reader (wording no concept covers yet; listed as possible at most, its criteria shown as what to ask).
    .filter((e) => e.groups.some((g) => g.metCount > 0) || (!!opts.prior && (opts.prior.p.get(e.condition.id) ?? 0) >= Math.max(opts.prior.admit, NO_EVIDENCE_READER)))
    .map((e) => {
      const { likelihood: ruled, reasons } = score(e, retrievalScore.get(e.condition.id) ?? 0);
      // The reader reads words, not dates: where the criteria find the time rule unmet (acute stress
      // two months on), or unknown for a condition defined by its brevity, its opinion counts less.
      const timeGate = e.time === "unmet" ? 0.3 : e.time === "unknown" && e.condition.time?.maxDays !== undefined ? 0.25 : 1;
      // Nor does it read the event a condition is defined by: without the stressor described
      // (adjustment disorder with no change in the person's life), its opinion counts less too.
      const stressorGate = e.stressor === "unknown" ? 0.3 : 1;
      const learned = (opts.prior?.p.get(e.condition.id) ?? 0) * timeGate * stressorGate;
      // The criteria and the learned reader, weighted: (criteria + blend × reader) / (1 + blend).
      // Status rests on the criteria alone: the reader can rank and list, never make a disorder provisional.
      let likelihood = opts.prior ? (ruled + opts.prior.blend * learned) / (1 + opts.prior.blend) : ruled;
      if (opts.prior) reasons.push(`learned reader ${(learned * 100).toFixed(0)}%`);
      // No single phrase makes a leading candidate: one concept alone ("a glass of wine", "don't know
      // who I am", "an accident") stays listed but below the rest when the learned reader, which reads
      // the whole message, gives it little and reads the message clearly as something else.
      if (new Set(e.supporting.map((f) => f.concept)).size <= 1 && learned < SINGLE_PHRASE_READER && elsewhere(e.condition.id)) {
        likelihood *= 0.5;
        reasons.push("read from a single phrase");
      }
      return { ...e, likelihood, reasons, status: statusOf(e, ruled, opts) };
    });

  const readerP = (s: ScoredCondition) => opts.prior?.p.get(s.condition.id) ?? 0;
  // The reader may put forward a condition whose hallmark the lexicon did not read, when the person
  // described something specific to it (a criterion met by a concept few conditions share: stopped
  // periods for anorexia, not "it affects my life"), or when it is confident (≥ 0.5) on its own.
  const specific = (s: ScoredCondition) => s.groups.some((g) => g.items.some((i) => i.met === true && !!i.concept && model.specificity(i.concept) >= 0.5));
  // A substance-related disorder is never put forward unless something about the use was described:
  // with no substance named there is nothing to read (the reader links sleeplessness and worry to sleeping pills).
  const admitted = (s: ScoredCondition) =>
    !!opts.prior && readerP(s) >= opts.prior.admit && (specific(s) || readerP(s) >= NO_EVIDENCE_READER) && (s.condition.family !== "substance" || s.groups.some((g) => g.metCount > 0));
  // Listed at all: its hallmark described, or put forward by the reader as above.
  const listable = (s: ScoredCondition) => s.coreMet || admitted(s);

  // Hierarchy: a supported condition named in another's exclusions takes precedence over it — when
  // it is provisional, at least as likely, or a hallmark of its own is described and it is at least
  // half as likely; then the condition it excludes never leads it.
  const byId = new Map(scored.map((s) => [s.condition.id, s]));
  // Only a condition whose hallmark is described takes precedence: one put forward on the reader's
  // word alone never pushes a described condition down (sleeplessness and exam worry are not ruled
  // out by a sedative use disorder nobody mentioned).
  // Over a residual condition (adjustment disorder), a distinct hallmark is enough at any likelihood
  // the differential would list (a very low weight with stopped periods over exam stress).
  // Being more likely is not enough when the other has a hallmark of its own and this one has none
  // the other lacks (anxiety read from "anxious all the time" over a conviction of having ALS).
  // Nor does one read from a single phrase ("Alcohol unchanged, 2 bottles of stout at weekends"
  // beside a redundancy): a condition takes precedence on two or more things described, provisional,
  // or when the learned reader, which reads the whole message, backs it ("every time I quit I get like this").
  // Where one weighty hallmark makes the distinction (`byHallmark`), having it decides at any likelihood listed.
  // Being provisional settles precedence only when nothing told argues against the winner itself
  // (highs described as harmless do not let bipolar I take precedence over bipolar II by status).
  const settled = (w: ScoredCondition) => w.status === "provisional" && !w.exclusions.some((e) => e.effect === "demote");
  const precedes = (w: ScoredCondition | undefined, s: ScoredCondition, x: Exclusion): w is ScoredCondition =>
    !!w &&
    w.coreMet &&
    (w.status === "provisional" || new Set(w.supporting.map((f) => f.concept)).size >= 2 || readerP(w) >= SINGLE_PHRASE_READER) &&
    (settled(w) ||
      (w.likelihood >= s.likelihood && (distinctHallmark(w, s) || !distinctHallmark(s, w))) ||
      (!!x.byHallmark && distinctHallmark(w, s, 2)) ||
      (distinctHallmark(w, s) && w.likelihood >= (x.residual ? RESIDUAL_RATIO : 0.5) * s.likelihood));
  scored = scored.map((s) => {
    for (const x of s.condition.exclusions) {
      const winner = x.ifConditions?.map((id) => byId.get(id)).find((w) => precedes(w, s, x));
      if (!winner) continue;
      // Ruling out needs the winner's own hallmark (a past episode for recurrent depression, a high
      // for bipolar); a winner ahead only on shared features demotes.
      const effect = x.effect === "exclude" && distinctHallmark(winner, s) ? "exclude" : "demote";
      const likelihood = Math.min(s.likelihood * (effect === "exclude" ? 0.5 : 0.75), winner.likelihood * 0.95);
      const status: DifferentialStatus = effect === "exclude" ? "rule-out" : s.status === "provisional" ? "possible" : s.status;
      return { ...s, likelihood, status, reasons: [...s.reasons, `${winner.condition.name} takes precedence (${x.text})`] };
    }
    return s;
  });
  // Put forward with no criterion described at all, a condition ranks below every condition whose
  // hallmark the person described: the reader may add what the lexicon missed, not overrule it.
  // Unless the reader is all but certain and what was described supports nothing more than weakly
  // (a jealous conviction told across sentences beside "two pints at weekends").
  const described = scored.filter((s) => s.coreMet && s.condition.kind === "disorder");
  const topDescribed = described.length ? Math.max(...described.map((s) => s.likelihood)) : 0;
  const overrules = (s: ScoredCondition) => readerP(s) >= READER_NEAR_CERTAIN && topDescribed < WEAKLY_DESCRIBED;
  scored = scored.map((s) =>
    !s.coreMet && topDescribed > 0 && s.likelihood >= topDescribed && !s.groups.some((g) => g.metCount > 0) && !overrules(s)
      ? { ...s, likelihood: topDescribed * 0.9, reasons: [...s.reasons, "no criterion described: ranked below the conditions described"] }
      : s,
  );
  // A diagnosis the person gives as their own ("I have depression, since a young age") is history a
  // clinician records: listed, as possible, at least half as likely as the best-supported disorder.
  const present = new Set(findings.filter((f) => !f.negated && !f.otherExperiencer && !f.hypothetical).map((f) => f.concept));
  const best = Math.max(0, ...scored.filter((s) => s.condition.kind === "disorder" && listable(s)).map((s) => s.likelihood));
  scored = scored.map((s) =>
    s.coreMet && s.condition.namedBy?.some((c) => present.has(c)) && s.likelihood < 0.5 * best
      ? { ...s, likelihood: 0.5 * best, reasons: [...s.reasons, "named by the person as their own diagnosis"] }
      : s,
  );
  scored.sort((a, b) => b.likelihood - a.likelihood);

  // The floor on the criteria's scale: what would be listed on the criteria alone still is.
  const floor = opts.prior ? opts.minLikelihood / (1 + opts.prior.blend) : opts.minLikelihood;
  const current = new Set(findings.filter((f) => !f.negated && !f.otherExperiencer && !f.hypothetical && !f.historical).map((f) => f.concept));
  const usedCodes = new Set<string>();
  const differential = scored
    // A disorder with none of its hallmark features described is not supported, however many
    // shared symptoms it has (tiredness and poor sleep do not make a use disorder).
    // The learned reader may list one the criteria read no hallmark for, when it is confident.
    .filter((s) => s.condition.kind === "disorder" && listable(s) && s.likelihood >= floor)
    // One code once: the better-supported of two conditions sharing a code stands for both.
    .filter((s, i, all) => all.findIndex((o) => o.condition.codes.icd10cm === s.condition.codes.icd10cm) === i)
    .slice(0, opts.maxDifferential)
    .map((s): DifferentialEntry => {
      // A specifier's code already taken by a better-supported condition (postpartum depression, F53.0,
      // which single and recurrent depression share) leaves this one under its own code.
      const specified = codesFor(s, present, current);
      const codes = usedCodes.has(specified.icd10cm) ? { ...s.condition.codes, name: s.condition.name } : specified;
      usedCodes.add(codes.icd10cm);
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
