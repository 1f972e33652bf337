/**
 * What the learned diagnostic reader may add, and what it may not: it puts forward conditions the
 * lexicon missed, but a condition with nothing of it described never leads, never pushes a
 * described one down, and a substance use disorder is never read where no use was described.
 * (Found by a new user: "I can't sleep and I'm anxious about exams" had led with a sedative use
 * disorder and motivational interviewing.)
 */
import { describe, expect, it } from "vitest";
import { graphAssessor } from "../fixtures/graph-assess.js";
import { CONDITIONS } from "../../knowledge/index.js";

const assess = graphAssessor("reader-admission");
const substance = new Set(CONDITIONS.filter((c) => c.family === "substance").map((c) => c.id));

describe("the learned reader's admissions", () => {
  it.each([
    "I can't sleep and I'm anxious about exams",
    "lying awake every night worrying about my finals",
    "my anxiety is through the roof and I barely sleep before deadlines",
    "can't switch my brain off at night, always on edge about work",
  ])("no substance use disorder where no use was described: %s", async (text) => {
    const state = await assess(text);
    expect(state.differential.map((d) => d.conditionId).filter((id) => substance.has(id))).toEqual([]);
  });

  it("still reads a sedative use disorder when the use is described", async () => {
    const state = await assess("I've been taking way more of my Xanax than prescribed, I run out early and get extra from a friend, and when I stop I shake and can't sleep at all");
    expect(state.differential.slice(0, 3).map((d) => d.conditionId)).toContain("sedative_use");
  });
});
