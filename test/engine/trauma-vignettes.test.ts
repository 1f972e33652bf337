/**
 * Trauma-area reasoning rules on the real knowledge base, through the whole graph, on vignettes
 * written for these tests: acute stress pools its non-intrusion symptoms, needs a known recent
 * event to lead, and does not apply to childhood abuse recalled as an adult.
 */
import { describe, expect, it } from "vitest";
import { extractTemporal } from "../../engine/temporal.js";
import type { CounselingStateType } from "../../graphs/state.js";
import { graphAssessor } from "../fixtures/graph-assess.js";

const assess = graphAssessor("t");
const top = (s: CounselingStateType) => s.differential[0]?.icd10cm ?? "-";

describe("acute stress and PTSD on written vignettes", () => {
  it("calls it acute stress a week after the event without avoidance being named", async () => {
    const s = await assess(
      "Eight days ago a car mounted the pavement and hit the woman next to me. I keep seeing her lying there when I close my eyes, I've hardly slept since, everything feels unreal and far away, and I can't concentrate on anything.",
    );
    expect(top(s)).toBe("F43.0");
  });

  it("lets PTSD lead when the same picture comes with no date", async () => {
    const s = await assess(
      "A man held a knife to my throat in a car park. I keep seeing the blade when I close my eyes, I avoid car parks, I can't sleep and I snap at everyone.",
    );
    expect(top(s)).toMatch(/^F43\.1/);
  });

  it("does not call childhood abuse recalled as an adult acute stress", async () => {
    const s = await assess(
      "I'm 50. My father beat me as a kid. Recently the memories come flooding back, I have nightmares about that house, I flinch when anyone raises their voice and I feel permanently damaged.",
    );
    expect(top(s)).toMatch(/^F43\.1/);
  });

  it("reads 'back in March' as a past date", () => {
    const t = extractTemporal("Back in March a lorry hit my car.", new Date("2026-11-23T12:00:00Z"));
    expect(t[0]?.kind).toBe("event-ago");
    expect(t[0]?.agoDays ?? 0).toBeGreaterThan(200);
  });
});
