/**
 * The risk rules' pre-checks may only skip work: on every labelled message we have, each
 * rule's pre-check must pass whenever the full pattern matches.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../../safety/risk-rules.js";
import { normalizeText } from "../../safety/normalize-text.js";
import { mayMatch, messageIndex, triggersFor } from "../../safety/rule-triggers.js";

function corpus(): string[] {
  const files = ["test/redteam/redteam.jsonl", "test/redteam/heldout-2.jsonl", "test/redteam/probe-post-fix.jsonl", "test/redteam/spot-check-lead.jsonl", "../shared/cases/dev-risk.jsonl", "../shared/cases/dev-dx.jsonl"];
  const texts: string[] = [];
  for (const f of files) {
    let raw = "";
    try {
      raw = readFileSync(f, "utf8");
    } catch {
      continue;
    }
    for (const line of raw.split("\n").filter(Boolean)) {
      const o = JSON.parse(line);
      texts.push(...(o.messages ?? [o.text ?? o.message ?? ""]).filter((t: unknown) => typeof t === "string" && t));
    }
  }
  return texts;
}

describe("risk rule pre-checks", () => {
  it("derives word triggers from patterns, as prefixes where the word may go on", () => {
    expect(triggersFor("\\b(?:want|wanted) to (?:die|go)")).toEqual({ words: ["want", "wanted"], prefixes: [] });
    expect(triggersFor("\\b(?:urges?|think\\w*) x")).toEqual({ words: [], prefixes: ["urge", "think"] });
    expect(triggersFor("\\b(?:hear|see)ing voices")).toEqual({ words: [], prefixes: ["hear", "see"] });
    expect(triggersFor("\\b(?:i )?want")).toBeUndefined();
    expect(triggersFor("(?:a|b)\\b")).toBeUndefined();
    const index = messageIndex("i keep thinking about it");
    expect(mayMatch(triggersFor("\\bthink\\w* about"), index)).toBe(true);
    expect(mayMatch(triggersFor("\\b(?:want|need) to die"), index)).toBe(false);
  });

  it("never skips a rule that matches, on every labelled message", () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(300);
    const misses: string[] = [];
    for (const text of texts) {
      const n = normalizeText(text);
      const index = messageIndex(n.text);
      for (const rule of ALL_RULES) {
        rule.re.lastIndex = 0;
        const matches = [...n.text.matchAll(rule.re)].length > 0;
        if (matches && !mayMatch(triggersFor(rule.re.source), index)) misses.push(`${rule.id}: ${text.slice(0, 60)}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
