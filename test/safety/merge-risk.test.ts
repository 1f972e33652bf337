import { describe, expect, it } from "vitest";
import { dominates, maxRisk, mergeRisk, reassessRisk } from "../../safety/merge-risk.js";
import { screenRisk } from "../../safety/screen-risk.js";
import { NO_RISK, type RiskAssessment } from "../../safety/types.js";

const high = screenRisk("I've been saving up pills and I'm going to take them all tonight.");
const calm = screenRisk("Work was fine today.");

describe("mergeRisk", () => {
  it("never lowers level, escalate, flags or evidence", () => {
    const merged = mergeRisk(high, calm);
    expect(merged.level).toBe(high.level);
    expect(merged.escalate).toBe(true);
    expect(merged.flags).toEqual(expect.arrayContaining(high.flags));
    expect(merged.evidence).toEqual(expect.arrayContaining(high.evidence));
    expect(dominates(merged, high)).toBe(true);
  });
  it("raises when the new turn is worse and treats undefined as no history", () => {
    expect(mergeRisk(calm, high).level).toBe(high.level);
    expect(mergeRisk(undefined, calm)).toEqual(calm);
    expect(mergeRisk(NO_RISK, high).escalate).toBe(true);
  });
});

describe("reassessRisk", () => {
  it("is the one way down, and records who and why", () => {
    const lowered = reassessRisk(high, { level: "low", reason: "Clinician call: means removed, safety plan agreed", by: "clinician:7" });
    expect(lowered.level).toBe("low");
    expect(lowered.reassessment).toEqual({ reason: "Clinician call: means removed, safety plan agreed", by: "clinician:7", from: high.level, to: "low" });
    expect(lowered.flags).toEqual(high.flags);
    // Later turns still only go up from the re-assessed level, and the record stays.
    const later = mergeRisk(lowered, calm);
    expect(later.level).toBe("low");
    expect(later.reassessment?.by).toBe("clinician:7");
  });
  it("refuses to lower without a reason", () => {
    expect(() => reassessRisk(high, { level: "none", reason: " ", by: "x" })).toThrow(/reason/);
  });
});

describe("maxRisk", () => {
  it("a model can raise but never lower the rules' result", () => {
    expect(maxRisk(high, { level: "none", escalate: false, flags: [] }).level).toBe(high.level);
    const raised = maxRisk(calm, { level: "moderate", escalate: true, flags: ["self_harm"] });
    expect(raised.level).toBe("moderate");
    expect(raised.escalate).toBe(true);
  });
  it("ignores unknown levels/flags and evidence that is not a verbatim quote", () => {
    const text = "I feel empty";
    const r = maxRisk(calm, { level: "extreme" as never, flags: ["nonsense" as never], evidence: ["made up", "feel empty"] }, text);
    expect(r.level).toBe(calm.level);
    expect(r.flags).not.toContain("nonsense");
    expect(r.evidence).toEqual(["feel empty"]);
  });
  it("accepts a missing model opinion", () => {
    const r: RiskAssessment = maxRisk(high, undefined);
    expect(r.level).toBe(high.level);
  });
});
