import { describe, expect, it } from "vitest";
import { isStressorConcept, updateTiming } from "../../engine/timing.js";

describe("episode timing", () => {
  it("knows stressors from the knowledge base, not from name endings", () => {
    expect(isStressorConcept("trauma_exposure")).toBe(true);
    expect(isStressorConcept("bereavement_recent_death")).toBe(true);
    expect(isStressorConcept("weight_loss")).toBe(false);
  });

  it("dates a stressor apart from the symptoms, and durations only grow", () => {
    const base = { lifelong: false, evidence: [] };
    const t1 = updateTiming(base, [{ kind: "event-ago", agoDays: 365, start: 0, end: 10, text: "a year ago", turn: 0, sentenceConcepts: ["trauma_exposure"] }]);
    expect(t1).toMatchObject({ stressorAgoDays: 365 });
    expect(t1.durationDays).toBeUndefined();
    const t2 = updateTiming(t1, [{ kind: "duration", durationDays: 30, start: 0, end: 5, text: "a month", turn: 1, sentenceConcepts: [] }]);
    const t3 = updateTiming(t2, [{ kind: "duration", durationDays: 7, start: 0, end: 5, text: "a week", turn: 2, sentenceConcepts: [] }]);
    expect(t3.durationDays).toBe(30);
    expect(t3.evidence).toEqual(["a year ago", "a month", "a week"]);
  });

  it("does not take an attack's minutes for the illness's length", () => {
    const t = updateTiming({ lifelong: false, evidence: [] }, [{ kind: "duration", durationDays: 10 / 1440, start: 0, end: 5, text: "10 minutes", turn: 0, sentenceConcepts: [] }]);
    expect(t.durationDays).toBeUndefined();
  });
});
