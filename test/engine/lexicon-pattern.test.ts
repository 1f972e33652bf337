import { describe, expect, it } from "vitest";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { buildHaystack, compilePattern, indexTokens, matchPattern, mayMatch } from "../../engine/lexicon-pattern.js";
import { splitSentences, tokenize } from "../../engine/normalize.js";

function quotes(pattern: string, text: string): string[] {
  const hay = buildHaystack(tokenize(text));
  return matchPattern(compilePattern(pattern), hay).map((r) => text.slice(hay.tokens[r.first].start, hay.tokens[r.last].end));
}

describe("normalisation", () => {
  it("expands contractions with or without apostrophes and keeps original offsets", () => {
    const text = "I can’t sleep, dont care, im tired";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["i", "can", "not", "sleep", "do", "not", "care", "i", "am", "tired"]);
    expect(text.slice(tokens[1].start, tokens[2].end)).toBe("can’t");
  });

  it("splits sentences on punctuation and line breaks, and keeps chat text without punctuation whole", () => {
    expect(splitSentences("I feel low. Nothing helps!\nWhy?").map((s) => s.text)).toEqual(["I feel low.", "Nothing helps!", "Why?"]);
    expect(splitSentences("tbh i dont see the point of anything lately")).toHaveLength(1);
  });
});

describe("lexicon patterns", () => {
  it("matches prefixes, alternatives, optional tokens, gaps and numbers", () => {
    expect(quotes("worr* about everything", "I worry about everything")).toEqual(["worry about everything"]);
    expect(quotes("can not ~2 sleep", "I can't really ever sleep")).toEqual(["can't really ever sleep"]);
    expect(quotes("lost # pounds|lbs|kg", "I've lost 25 lbs")).toEqual(["lost 25 lbs"]);
    expect(quotes("feel* really? empty", "I feel empty and I'm feeling really empty")).toEqual(["feel empty", "feeling really empty"]);
  });

  it("matches whole tokens only", () => {
    expect(quotes("sad", "I'm not a saddle maker")).toEqual([]);
    expect(quotes("low", "I feel so low")).toEqual(["low"]);
    expect(quotes("low", "slow mornings")).toEqual([]);
  });

  it("does not let a gap cross more tokens than it allows", () => {
    expect(quotes("no ~1 energy", "no real energy")).toHaveLength(1);
    expect(quotes("no ~1 energy", "no idea what to do with my energy")).toHaveLength(0);
  });

  it("rejects malformed patterns with the pattern in the message", () => {
    expect(() => compilePattern("can't (sleep")).toThrow(/can't \(sleep|\(sleep/);
    expect(() => compilePattern("   ")).toThrow(/empty/);
  });
});

describe("concept matcher", () => {
  const matcher = new ConceptMatcher([
    { id: "anhedonia", label: "Anhedonia", plain: "not enjoying things", domain: "mood", patterns: ["can not be bothered", "nothing is fun ~1 anymore?", "lost interest in"] },
    { id: "violence", label: "Violence", plain: "violence", domain: "behavioural", patterns: ["kill*"], exclude: ["killing it", "killing me"] },
  ]);

  it("finds idioms and returns exact quotes", () => {
    const m = matcher.match("Honestly I can't be bothered and nothing is fun anymore.");
    expect(m.map((x) => [x.concept, x.quote])).toEqual([
      ["anhedonia", "can't be bothered"],
      ["anhedonia", "nothing is fun anymore"],
    ]);
  });

  it("drops matches that overlap an exclusion", () => {
    expect(matcher.match("This commute is killing me")).toEqual([]);
    expect(matcher.match("I want to kill him")).toHaveLength(1);
  });
});

describe("the matcher's shortcuts", () => {
  it("skip only patterns that cannot match: wherever a pattern matches a real message, its anchor and required words are present", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { CONCEPTS } = await import("../../knowledge/index.js");
    const texts = ["../shared/cases/dev-dx.jsonl", ...readdirSync("evals/benchmark").map((f) => `evals/benchmark/${f}`)]
      .flatMap((f) => readFileSync(f, "utf8").trim().split("\n").flatMap((l) => JSON.parse(l).messages as string[]));
    const sentences = texts.flatMap((t) => splitSentences(t)).filter((_, i) => i % 4 === 0).slice(0, 40);
    // Every 5th pattern of the whole lexicon keeps the check quick while covering every kind of pattern.
    const patterns = CONCEPTS.flatMap((c) => c.patterns).filter((_, i) => i % 5 === 0).map(compilePattern);
    let matched = 0;
    for (const sentence of sentences) {
      const hay = buildHaystack(tokenize(sentence.text));
      const norms = hay.tokens.map((t) => t.norm);
      const index = indexTokens(norms);
      for (const p of patterns) {
        if (!matchPattern(p, hay).length) continue;
        matched++;
        expect(mayMatch(p, index), `${p.source} | ${sentence.text}`).toBe(true);
        const anchored = !p.anchor || p.anchor.exact.some((w) => index.words.has(w)) || p.anchor.prefix.some((w) => norms.some((n) => n.startsWith(w)));
        expect(anchored, `${p.source} | ${sentence.text}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThanOrEqual(10);
  }, 60_000);
});
