import { describe, expect, it } from "vitest";
import { reasonDifferential } from "../../engine/differential.js";
import type { EpisodeTiming } from "../../engine/types.js";
import { finding, miniModel } from "../fixtures/mini-knowledge.js";

const opts = { provisionalThreshold: 0.55, minLikelihood: 0.12, maxDifferential: 5 };
const timing = (t: Partial<EpisodeTiming> = {}): EpisodeTiming => ({ lifelong: false, evidence: [], ...t });
const model = miniModel();
const depressive = ["low_mood", "no_interest", "poor_sleep", "tired"].map((c) => finding(c));

describe("differential reasoning rules", () => {
  it("makes a fully supported condition with its duration provisional, with evidence quotes per criterion", () => {
    const { differential } = reasonDifferential(depressive, timing({ durationDays: 30 }), [], model, opts);
    expect(differential[0].conditionId).toBe("dep");
    expect(differential[0].status).toBe("provisional");
    expect(differential[0].criteria.find((c) => c.id === "DEP.A1")).toMatchObject({ met: true, evidence: "low_mood words" });
    expect(differential[0].criteria.find((c) => c.id === "DEP.A5")).toMatchObject({ met: null });
  });

  it("keeps it possible when the duration is too short, and says what is missing", () => {
    const { differential } = reasonDifferential(depressive, timing({ durationDays: 5 }), [], model, opts);
    expect(differential[0].status).toBe("possible");
    expect(differential[0].missing).toContain("most days for at least two weeks");
  });

  it("records an explicitly denied symptom as unmet, not unknown", () => {
    const { differential } = reasonDifferential([...depressive, finding("guilt", { negated: true, quote: "not guilty" })], timing({ durationDays: 30 }), [], model, opts);
    expect(differential[0].criteria.find((c) => c.id === "DEP.A5")).toMatchObject({ met: false, evidence: "not guilty" });
  });

  it("ignores symptoms that belong to someone else or are hypothetical", () => {
    const others = depressive.map((f) => ({ ...f, otherExperiencer: true }));
    expect(reasonDifferential(others, timing({ durationDays: 30 }), [], model, opts).differential).toEqual([]);
    const hypothetical = depressive.map((f) => ({ ...f, hypothetical: true }));
    expect(reasonDifferential(hypothetical, timing({ durationDays: 30 }), [], model, opts).differential).toEqual([]);
  });

  it("lets a manic history take precedence over unipolar depression", () => {
    const history = [finding("elevated", { historical: true }), finding("less_sleep", { historical: true })];
    const { differential } = reasonDifferential([...depressive, ...history], timing({ durationDays: 30 }), [], model, opts);
    expect(differential[0].conditionId).toBe("bip");
    const dep = differential.find((d) => d.conditionId === "dep");
    expect(dep?.status).toBe("rule-out");
  });

  it("applies the severity specifier from the number of items met", () => {
    const all = [...depressive, finding("guilt")];
    const { differential } = reasonDifferential(all, timing({ durationDays: 30 }), [], model, opts);
    expect(differential[0]).toMatchObject({ icd10cm: "F32.2", icd11: "6A70.3", name: "Depressive episode, severe" });
  });

  it("calls it acute stress under a month after the trauma and PTSD after", () => {
    const trauma = [finding("trauma_event", { historical: true }), finding("flashbacks"), finding("nightmares")];
    const early = reasonDifferential(trauma, timing({ stressorAgoDays: 10 }), [], model, opts).differential;
    expect(early[0].conditionId).toBe("asd");
    expect(early.find((d) => d.conditionId === "ptsd")?.status).not.toBe("provisional");
    const late = reasonDifferential(trauma, timing({ stressorAgoDays: 365 }), [], model, opts).differential;
    expect(late[0].conditionId).toBe("ptsd");
    expect(late[0].status).toBe("provisional");
    expect(late.find((d) => d.conditionId === "asd")?.status ?? "absent").not.toBe("provisional");
  });

  it("needs twelve months since the death for prolonged grief", () => {
    const grief = [finding("bereavement", { historical: true }), finding("yearning")];
    expect(reasonDifferential(grief, timing({ stressorAgoDays: 60 }), [], model, opts).differential[0]?.status).not.toBe("provisional");
    expect(reasonDifferential(grief, timing({ stressorAgoDays: 730 }), [], model, opts).differential[0]).toMatchObject({ conditionId: "grief", status: "provisional" });
  });

  it("discounts a stressor-bound condition when no stressor is described", () => {
    const withEvent = reasonDifferential([finding("trauma_event", { historical: true }), finding("flashbacks")], timing({ stressorAgoDays: 365 }), [], model, opts);
    const without = reasonDifferential([finding("flashbacks")], timing({ durationDays: 365 }), [], model, opts);
    const p = (r: typeof withEvent) => r.differential.find((d) => d.conditionId === "ptsd")?.likelihood ?? 0;
    expect(p(without)).toBeLessThan(p(withEvent) * 0.6);
  });

  it("reports problems of living apart and never as a provisional disorder", () => {
    const { differential, problems } = reasonDifferential([finding("work_stress")], timing({ durationDays: 30 }), [], model, opts);
    expect(differential).toEqual([]);
    expect(problems.map((p) => p.icd10cm)).toEqual(["Z56.6"]);
  });

  it("uses retrieval only as a tie-breaker", () => {
    const base = reasonDifferential(depressive, timing({ durationDays: 30 }), [], model, opts).differential[0].likelihood;
    const boosted = reasonDifferential(depressive, timing({ durationDays: 30 }), [{ conditionId: "dep", score: 1, name: "x" }], model, opts).differential[0].likelihood;
    expect(boosted - base).toBeGreaterThan(0);
    expect(boosted - base).toBeLessThanOrEqual(0.05);
  });

  it("sorts by likelihood and caps the list", () => {
    const many = [...depressive, finding("flashbacks"), finding("trauma_event"), finding("yearning"), finding("bereavement")];
    const { differential } = reasonDifferential(many, timing({ durationDays: 400, stressorAgoDays: 400 }), [], model, { ...opts, maxDifferential: 2 });
    expect(differential).toHaveLength(2);
    expect(differential[0].likelihood).toBeGreaterThanOrEqual(differential[1].likelihood);
  });
});
