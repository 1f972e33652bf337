import { describe, expect, it } from "vitest";
import { analyzeContext } from "../../engine/context.js";
import { SELF, sentenceSubject } from "../../engine/discourse-subject.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { CONCEPTS } from "../../knowledge/index.js";

const ctx = (sentence: string, quote: string) => {
  const start = sentence.indexOf(quote);
  return analyzeContext(sentence, { start, end: start + quote.length });
};

describe("mood round C: engine fixes", () => {
  it("does not read 'have stopped <doing>' later in the sentence as the problem having resolved", () => {
    expect(ctx("Lately I've had no energy at all, I've stopped going out, stopped cooking.", "no energy").historical).toBe(false);
  });
  it("still reads a problem that has stopped as past", () => {
    expect(ctx("I had panic attacks for years but they have stopped.", "panic attacks").historical).toBe(true);
  });
  it("keeps the person being described as subject when he/she comes before the writer", () => {
    const daughter = sentenceSubject("My daughter is 19.", SELF);
    expect(daughter).toEqual({ kind: "other", who: "your daughter" });
    expect(sentenceSubject("This week she has hardly slept and talks so fast we can't follow.", daughter)).toEqual(daughter);
  });
  it("reads 'he is' as 'I am' when a sentence about someone else is matched in the first person", () => {
    const concepts = new ConceptMatcher(CONCEPTS).match("he believes he's a prophet", { asFirstPerson: true }).map((m) => m.concept);
    expect(concepts).toContain("grandiosity");
  });
  it("gives the sentence back to the writer when the writer comes first", () => {
    const daughter = sentenceSubject("My daughter is 19.", SELF);
    expect(sentenceSubject("I can't sleep since she came home.", daughter)).toEqual(SELF);
  });
});
