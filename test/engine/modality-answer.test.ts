/** Asked about a therapy by name, the reply explains it without handing the person a label. */
import { describe, expect, it } from "vitest";
import { answerAboutModality } from "../../engine/compose-reply.js";
import { DIAGNOSTIC_WORDS } from "../../engine/question-bank.js";
import { MODALITIES } from "../../knowledge/modalities.js";

describe("answers about a named therapy", () => {
  it("names the guideline and the approach, never a diagnosis", () => {
    for (const id of Object.keys(MODALITIES)) {
      const answer = answerAboutModality(`Has anyone had luck with ${id}?`);
      expect(answer, id).toBeDefined();
      expect(answer!.match(DIAGNOSTIC_WORDS)?.[0], `${id}: ${answer}`).toBeUndefined();
    }
    expect(answerAboutModality("Has anyone had luck with ERP?")).toMatch(/NICE CG31/);
    expect(answerAboutModality("I did ERP last year.")).toBeUndefined();
  });
});
