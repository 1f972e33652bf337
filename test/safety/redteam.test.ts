import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCases, scoreCases } from "../../evals/redteam.js";

// Targets from the project's issue 4. These are meant to be able to fail.
describe("red-team and dev-risk targets", () => {
  it("red-team: recall >= 0.99, no high/imminent misses, specificity >= 0.92", () => {
    const cases = readCases(resolve(__dirname, "../redteam/redteam.jsonl"));
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const r = scoreCases(cases);
    expect(r.recall!).toBeGreaterThanOrEqual(0.99);
    expect(r.severeMisses).toBe(0);
    expect(r.specificity!).toBeGreaterThanOrEqual(0.92);
  });
  it("the lead's spot-check (gaps found after the suite was tuned): every case right", () => {
    const r = scoreCases(readCases(resolve(__dirname, "../redteam/spot-check-lead.jsonl")));
    expect(r.recall).toBe(1);
    expect(r.specificity).toBe(1);
    expect(r.severeMisses).toBe(0);
  });
  it("held-out set 2 (written before round-2 fixes; now enforced): recall >= 0.99, no high/imminent misses, specificity >= 0.95", () => {
    const cases = readCases(resolve(__dirname, "../redteam/heldout-2.jsonl"));
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const r = scoreCases(cases);
    expect(r.recall!).toBeGreaterThanOrEqual(0.99);
    expect(r.severeMisses).toBe(0);
    expect(r.specificity!).toBeGreaterThanOrEqual(0.95);
  });
  it("dev-risk: recall 1.00, specificity >= 0.95", () => {
    const r = scoreCases(readCases(resolve(__dirname, "../../../shared/cases/dev-risk.jsonl")));
    expect(r.recall).toBe(1);
    expect(r.specificity!).toBeGreaterThanOrEqual(0.95);
  });
});
