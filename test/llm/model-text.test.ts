/**
 * Reading what real models send: think blocks (closed, unclosed, opened by the template),
 * reasoning split across stream chunks, and JSON in fences or prose.
 */
import { describe, expect, it } from "vitest";
import { ThinkStripper, jsonCandidates, splitThink } from "../../llm/model-text.js";

/** Feeds text to a stripper in chunks of `size` and returns what it lets through. */
function streamed(text: string, size: number, opensInside = false, fences = false): { shown: string; reasoning: string } {
  const s = new ThinkStripper(opensInside, fences);
  let shown = "";
  for (let i = 0; i < text.length; i += size) shown += s.push(text.slice(i, i + size));
  shown += s.end();
  return { shown, reasoning: s.reasoning };
}

describe("splitThink", () => {
  it("separates a think block from the answer", () => {
    expect(splitThink("<think>\nThe user is sad.\n</think>\n\nThat sounds hard.")).toEqual({ reasoning: "The user is sad.", answer: "That sounds hard." });
  });
  it("treats an unclosed block as all reasoning", () => {
    expect(splitThink("<think>I keep thinking and never stop").answer).toBe("");
  });
  it("reads an orphan closing tag as the end of reasoning the template opened", () => {
    expect(splitThink("Okay, the user wants help.\n</think>\nHello there.")).toEqual({ reasoning: "Okay, the user wants help.", answer: "Hello there." });
  });
  it("leaves an answer without reasoning alone", () => {
    expect(splitThink("Just a reply.")).toEqual({ reasoning: "", answer: "Just a reply." });
  });
});

describe("ThinkStripper", () => {
  const text = "<think>\nLet me reason about the <b>criteria</b> first.\n</think>\n\nThank you for telling me. What feels hardest?";
  for (const size of [1, 2, 3, 5, 7, 13, 200]) {
    it(`never lets reasoning through, in chunks of ${size}`, () => {
      const { shown, reasoning } = streamed(text, size);
      expect(shown).toBe("Thank you for telling me. What feels hardest?");
      expect(reasoning).toContain("Let me reason");
    });
  }
  it("holds everything back until the closing tag when the template opened the block", () => {
    expect(streamed("The user is low.</think>Hi, I'm here.", 4, true).shown).toBe("Hi, I'm here.");
  });
  it("drops an orphan closing tag's reasoning even when not told the template opens it", () => {
    // Nothing visible may come before it was known to be an answer: the orphan tag arrives in the first chunk here.
    expect(streamed("Okay.</think>Hello.", 50).shown).toBe("Hello.");
  });
  it("keeps an unclosed block hidden to the end", () => {
    expect(streamed("Hello. <think>and then I thought", 3).shown).toBe("Hello. ");
  });
  it("keeps angle brackets and backticks that are not tags", () => {
    expect(streamed("I <3 that you asked. a < b", 2).shown).toBe("I <3 that you asked. a < b");
    expect(streamed("Use `grounding` now.", 2, false, true).shown).toBe("Use `grounding` now.");
  });
  it("hides fenced blocks when asked (a one-call model's assessment)", () => {
    const { shown, reasoning } = streamed('Reply first.\n```json\n{"a":1}\n```\nThen more.', 3, false, true);
    expect(shown).toBe("Reply first.\nThen more.");
    expect(reasoning).toContain('{"a":1}');
  });
});

describe("jsonCandidates", () => {
  it("finds JSON after a think block, in a fence, amid prose", () => {
    const text = '<think>\n{"not": "this"}\n</think>\nHere is my assessment.\n\n```json\n{"risk": "none"}\n```\nHope that helps.';
    expect(jsonCandidates(text)[0]).toEqual({ risk: "none" });
  });
  it("finds a bare object inside prose, braces in strings respected", () => {
    expect(jsonCandidates('Sure! Here\'s the JSON: {"quote": "I said {hi}", "n": 2} Thanks.')).toContainEqual({ quote: "I said {hi}", n: 2 });
  });
  it("prefers clean JSON", () => {
    expect(jsonCandidates('{"a": 1}')[0]).toEqual({ a: 1 });
  });
  it("falls back to JSON left inside the reasoning when nothing follows it", () => {
    expect(jsonCandidates('<think>assessment: {"a": 2}</think>')[0]).toEqual({ a: 2 });
  });
  it("finds nothing in garbage", () => {
    expect(jsonCandidates("\u0000 lorem }{ ipsum")).toEqual([]);
  });
});
