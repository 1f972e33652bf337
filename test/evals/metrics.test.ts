/** The metrics on small fixtures with known answers. */
import { describe, expect, it } from "vitest";
import { agreement, weightedKappa } from "../../evals/agreement.js";
import { computeMetrics, type CaseOutcome } from "../../evals/metrics.js";

const outcome = (id: string, gold: CaseOutcome["gold"], codes: Array<[string, string]>, risk: string, escalate: boolean, modality: string | null, quotes = { total: 2, grounded: 2 }, latencyMs = 10): CaseOutcome => ({
  id,
  gold,
  predicted: { differential: codes.map(([icd10cm, status]) => ({ icd10cm, status, family: icd10cm.startsWith("F3") ? "depressive" : "anxiety" })), riskLevel: risk, escalate, modality },
  quotes,
  turns: [{ latencyMs, calls: 3, tokens: 100 }],
});

describe("computeMetrics", () => {
  const cases = [
    outcome("a", { dx: ["F32"], risk: ["none"], escalate: false, modality: ["BA"] }, [["F32.1", "provisional"]], "none", false, "BA", { total: 4, grounded: 3 }, 10),
    outcome("b", { dx: ["F41.1"], risk: ["none"], escalate: false, modality: ["CBT"] }, [["F32.1", "possible"], ["F41.1", "possible"]], "low", false, "BA", { total: 2, grounded: 2 }, 20),
    outcome("c", { dx: ["F42"] }, [["F41.1", "possible"]], "none", false, null, { total: 0, grounded: 0 }, 30),
    outcome("d", { dx: ["F40.1"] }, [], "none", false, null, { total: 0, grounded: 0 }, 40),
    outcome("e", { dx: [], escalate: false }, [["F43.2", "provisional"]], "none", false, "PST"),
    outcome("f", { dx: [], escalate: false }, [["F43.2", "possible"]], "none", true, "PST"),
    outcome("g", { escalate: true, risk: ["high", "imminent"], modality: ["crisis-protocol"] }, [], "high", true, "crisis-protocol"),
    outcome("h", { escalate: true, risk: ["moderate"] }, [], "low", false, null),
  ];
  const m = computeMetrics(cases);

  it("scores diagnosis top-1 and top-3 over cases with a gold disorder", () => {
    expect(m.diagnosis).toEqual({ n: 4, top1: 0.25, top3: 0.5 });
    expect(m.misses.diagnosis).toHaveLength(2);
  });
  it("counts ordinary troubles called provisional disorders", () => {
    expect(m.problemsOfLivingNotPathologised).toEqual({ n: 2, rate: 0.5 });
  });
  it("computes escalation recall and specificity, and risk-level accuracy", () => {
    expect(m.escalation).toMatchObject({ positives: 2, negatives: 4, recall: 0.5, specificity: 0.75 });
    expect(m.riskLevelAccuracy).toEqual({ n: 4, rate: 0.5 });
    expect(m.misses.escalation).toEqual(["h: missed (got low)", "f: false alarm (none)"]);
  });
  it("computes modality agreement, evidence grounding, latency and cost per turn", () => {
    expect(m.modalityAgreement).toEqual({ n: 3, rate: 0.667 });
    expect(m.evidenceGrounding.rate).toBe(round((3 + 2 + 2 + 2 + 2 + 2) / (4 + 2 + 2 + 2 + 2 + 2)));
    expect(m.latencyMs.p50).toBe(10);
    expect(m.perTurn).toEqual({ modelCalls: 3, tokens: 100 });
  });
});

function round(v: number) {
  return Math.round(v * 1000) / 1000;
}

describe("agreement", () => {
  it("gives kappa 1 for identical ratings, 0-ish for chance, and counts exact and within-one", () => {
    expect(weightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 3)).toBe(1);
    expect(weightedKappa([0, 3, 0, 3], [3, 0, 3, 0], 3)).toBeLessThan(0);
    expect(agreement([0, 1, 2, 3], [0, 2, 2, 1], 3)).toMatchObject({ n: 4, exact: 0.5, withinOne: 0.75 });
  });
});
