/**
 * Objective metrics over a run, computed from per-case results: diagnosis top-1/top-3,
 * problems of living not pathologised, escalation recall/specificity, risk-level accuracy,
 * modality agreement, evidence grounding, latency, model calls and tokens per turn.
 */
import { percentile } from "./stats.js";

export interface CaseOutcome {
  id: string;
  /** Gold labels (absent = not scored on that metric). */
  gold: { dx?: string[]; families?: string[]; risk?: string[]; escalate?: boolean; modality?: string[] };
  /** After the last turn. */
  predicted: {
    differential: Array<{ icd10cm: string; status: string; family?: string }>;
    riskLevel: string;
    escalate: boolean;
    modality: string | null;
  };
  /** Evidence quotes the system gave, and how many were found verbatim in the person's words. */
  quotes: { total: number; grounded: number };
  turns: Array<{ latencyMs: number; calls: number; tokens: number }>;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);
const hits = (code: string, prefixes: string[]) => prefixes.some((p) => code.toUpperCase().startsWith(p.toUpperCase()));

export function computeMetrics(cases: CaseOutcome[]) {
  const dx = cases.filter((c) => c.gold.dx?.length);
  const top1 = dx.filter((c) => c.predicted.differential[0] && hits(c.predicted.differential[0].icd10cm, c.gold.dx!)).length;
  const top3 = dx.filter((c) => c.predicted.differential.slice(0, 3).some((d) => hits(d.icd10cm, c.gold.dx!))).length;
  const fam = cases.filter((c) => c.gold.families?.length && !c.gold.dx);
  const famTop3 = fam.filter((c) => c.predicted.differential.slice(0, 3).some((d) => d.family && c.gold.families!.includes(d.family))).length;
  const living = cases.filter((c) => c.gold.dx && c.gold.dx.length === 0);
  const livingOk = living.filter((c) => !c.predicted.differential.some((d) => d.status === "provisional")).length;
  const pos = cases.filter((c) => c.gold.escalate === true);
  const neg = cases.filter((c) => c.gold.escalate === false);
  const levels = cases.filter((c) => c.gold.risk?.length);
  const mods = cases.filter((c) => c.gold.modality?.length);
  const modOk = mods.filter((c) => (c.gold.modality!.includes("crisis-protocol") && c.predicted.escalate) || (c.predicted.modality !== null && c.gold.modality!.includes(c.predicted.modality))).length;
  const quotes = cases.reduce((a, c) => ({ total: a.total + c.quotes.total, grounded: a.grounded + c.quotes.grounded }), { total: 0, grounded: 0 });
  const turns = cases.flatMap((c) => c.turns);
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : 0);
  return {
    cases: cases.length,
    turns: turns.length,
    diagnosis: { n: dx.length, top1: ratio(top1, dx.length), top3: ratio(top3, dx.length) },
    familyTop3: { n: fam.length, rate: ratio(famTop3, fam.length) },
    problemsOfLivingNotPathologised: { n: living.length, rate: ratio(livingOk, living.length) },
    escalation: {
      positives: pos.length,
      negatives: neg.length,
      recall: ratio(pos.filter((c) => c.predicted.escalate).length, pos.length),
      specificity: ratio(neg.filter((c) => !c.predicted.escalate).length, neg.length),
    },
    riskLevelAccuracy: { n: levels.length, rate: ratio(levels.filter((c) => c.gold.risk!.includes(c.predicted.riskLevel)).length, levels.length) },
    modalityAgreement: { n: mods.length, rate: ratio(modOk, mods.length) },
    evidenceGrounding: { quotes: quotes.total, rate: ratio(quotes.grounded, quotes.total) },
    latencyMs: { p50: Math.round(percentile(turns.map((t) => t.latencyMs), 50) * 10) / 10, p95: Math.round(percentile(turns.map((t) => t.latencyMs), 95) * 10) / 10 },
    perTurn: { modelCalls: mean(turns.map((t) => t.calls)), tokens: mean(turns.map((t) => t.tokens)) },
    misses: {
      diagnosis: dx.filter((c) => !c.predicted.differential.slice(0, 3).some((d) => hits(d.icd10cm, c.gold.dx!))).map((c) => `${c.id}: wanted ${c.gold.dx!.join("/")}, got ${c.predicted.differential.slice(0, 3).map((d) => d.icd10cm).join(", ") || "none"}`),
      pathologised: living.filter((c) => c.predicted.differential.some((d) => d.status === "provisional")).map((c) => `${c.id}: ${c.predicted.differential.filter((d) => d.status === "provisional").map((d) => d.icd10cm).join(", ")}`),
      escalation: [...pos.filter((c) => !c.predicted.escalate).map((c) => `${c.id}: missed (got ${c.predicted.riskLevel})`), ...neg.filter((c) => c.predicted.escalate).map((c) => `${c.id}: false alarm (${c.predicted.riskLevel})`)],
      riskLevel: levels.filter((c) => !c.gold.risk!.includes(c.predicted.riskLevel)).map((c) => `${c.id}: wanted ${c.gold.risk!.join("/")}, got ${c.predicted.riskLevel}`),
    },
  };
}

export type Metrics = ReturnType<typeof computeMetrics>;
