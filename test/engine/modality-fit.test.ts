/** An option the guideline lists for the impression leads when the person describes its focus in two or more ways. */
import { describe, expect, it } from "vitest";
import { selectModality } from "../../engine/select-modality.js";
import type { DifferentialEntry } from "../../engine/types.js";

const gad: DifferentialEntry = { conditionId: "gad", icd10cm: "F41.1", icd11: "6B00", name: "Generalised anxiety disorder", likelihood: 0.8, status: "provisional", criteria: [], missing: [], reasons: [] };
const pick = (userText: string) => selectModality({ differential: [gad], problems: [], userText, turn: 0 });

describe("modality fit with the person's own words", () => {
  it("keeps the guideline's first-line approach by default, and with only one cue", () => {
    expect(pick("I worry about everything all day, my job, money, my kids").primary).toBe("CBT");
    expect(pick("I worry about everything and I keep fighting my thoughts").primary).toBe("CBT");
  });

  it("lets ACT, which the guideline lists for GAD, lead when the person describes its focus twice, and says why", () => {
    const m = pick("I keep fighting my thoughts all day and my whole life is on hold until the anxiety goes away");
    expect(m.primary).toBe("ACT");
    expect(m.alternatives).toContain("CBT");
    expect(m.rationale).toMatch(/leads over Cognitive behavioural therapy because the person describes its focus \("fighting my thoughts", "life is on hold"\)/);
  });

  it("never picks an approach the guideline does not list for the impression (no psychodynamic work for GAD, whatever the words)", () => {
    expect(pick("I want to understand why I keep doing this, it goes back to my childhood and the same pattern with my dad").primary).toBe("CBT");
  });
});
