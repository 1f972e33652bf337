import { describe, expect, it } from "vitest";
import { shortAnswer } from "../../engine/reply/plan-reply.js";

describe("a short answer is acknowledged, never echoed when it holds death or violence words", () => {
  it("does not hand slang for killing oneself back to the person", () => {
    expect(shortAnswer("kms this traffic lol", undefined)).toBeUndefined();
    expect(shortAnswer("kms this traffic lol", "What's been the hardest part of today?")).toBeUndefined();
  });
  it("still acknowledges ordinary short answers and losses in the person's words", () => {
    expect(shortAnswer("my sister", "Who knows what you're going through at the moment?")).toMatch(/your sister/i);
    expect(shortAnswer("both gone", "Are your parents still around?")).toMatch(/sorry/);
    expect(shortAnswer("the commute mostly", "What's been the hardest part of today?")).toMatch(/commute/);
  });
});
