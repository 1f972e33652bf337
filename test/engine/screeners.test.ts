import { describe, expect, it } from "vitest";
import { answerScreener, parseAnswer, startScreener } from "../../engine/screener-administration.js";
import { estimateScreener, severityBand } from "../../engine/screeners.js";
import { finding, miniModel } from "../fixtures/mini-knowledge.js";

describe("screener bands", () => {
  it("uses the published cut-offs", () => {
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map((s) => severityBand("PHQ-9", s))).toEqual([
      "minimal", "minimal", "mild", "mild", "moderate", "moderate", "moderately severe", "moderately severe", "severe", "severe",
    ]);
    expect([4, 5, 10, 15, 21].map((s) => severityBand("GAD-7", s))).toEqual(["minimal", "mild", "moderate", "severe", "severe"]);
  });
});

describe("conversational administration", () => {
  it("reads answers in the person's words", () => {
    expect(parseAnswer("nearly every day tbh")).toBe(3);
    expect(parseAnswer("more than half the days")).toBe(2);
    expect(parseAnswer("sometimes")).toBe(1);
    expect(parseAnswer("not at all")).toBe(0);
    expect(parseAnswer("2")).toBe(2);
    expect(parseAnswer("purple")).toBeNull();
  });

  it("asks every item in order, clarifies unclear answers, and scores the result", () => {
    let { state, step } = startScreener("PHQ-9");
    expect(step).toMatchObject({ kind: "question", item: 1 });
    ({ state, step } = answerScreener(state, "hmm, hard to say"));
    expect(step.kind).toBe("clarify");
    const replies = ["nearly every day", "most days", "sometimes", "3", "not at all", "several days", "2", "no", "sometimes"];
    for (const r of replies) ({ state, step } = answerScreener(state, r));
    expect(step).toMatchObject({ kind: "result", score: 13, band: "moderate", riskFollowUpNeeded: true });
    expect(() => answerScreener(state, "1")).toThrow(/complete/);
  });

  it("flags no risk follow-up when item 9 is zero", () => {
    let { state, step } = startScreener("PHQ-9");
    for (let i = 0; i < 9; i++) ({ state, step } = answerScreener(state, "0"));
    expect(step).toMatchObject({ kind: "result", score: 0, band: "minimal", riskFollowUpNeeded: false });
  });
});

describe("estimates from the conversation", () => {
  it("scores items with evidence and leaves uncovered items unknown", () => {
    const model = miniModel();
    const concepts = new Map(model.concepts);
    concepts.set("low_mood", { ...concepts.get("low_mood")!, phq9: 2 });
    concepts.set("poor_sleep", { ...concepts.get("poor_sleep")!, phq9: 3 });
    const est = estimateScreener("PHQ-9", [finding("low_mood", { frequency: "daily", quote: "low every day" }), finding("poor_sleep", { negated: true, quote: "sleep fine" })], concepts);
    expect(est.items[1]).toEqual({ item: 2, score: 3, evidence: "low every day" });
    expect(est.items[2]).toEqual({ item: 3, score: 0, evidence: "sleep fine" });
    expect(est.items[0].score).toBeNull();
    expect(est).toMatchObject({ score: 3, answered: 2, partial: true });
  });
});
