/** Grounding helpers and fault classification, on small inputs with known answers. */
import { describe, expect, it } from "vitest";
import { findQuote, locateQuote } from "../../grounding/quotes.js";
import { groundModality } from "../../grounding/check-modality.js";
import { checkReply } from "../../grounding/check-reply.js";
import { isTransient } from "../../llm/retry.js";

describe("quotes", () => {
  it("finds the person's span despite case, spacing and curly quotes, and nothing else", () => {
    const text = "Honestly I   can't be bothered\nwith anything lately.";
    expect(findQuote(text, "I can’t be bothered with anything")).toBe("I   can't be bothered\nwith anything");
    expect(findQuote(text, "I can't be bothered with anyone")).toBeUndefined();
    expect(findQuote(text, "x")).toBeUndefined();
    expect(locateQuote(["first turn", "I feel empty"], "feel empty")).toEqual({ index: 1, span: "feel empty" });
  });
});

describe("modality proposals", () => {
  const rulesPlan = { primary: "CBT", alternatives: ["BA"], rationale: "rules", technique: "thought record", school: "cognitive-behavioural" };
  it("accepts a recommended modality and maps its technique to the knowledge base's words", () => {
    const { plan, notes } = groundModality({ primary: "ba", alternatives: ["cbt", "made-up"], technique: "activity scheduling", rationale: "activity first" }, { conditionIds: ["mdd_single"], rulesPlan, userText: "" });
    expect(plan.primary).toBe("BA");
    expect(plan.alternatives).toEqual(["CBT"]);
    expect(plan.technique).toMatch(/schedule one small/);
    expect(plan.rationale).toMatch(/NICE/);
    expect(notes).toEqual([]);
  });
  it("keeps the rules' plan for a modality the person says did not help", () => {
    const { plan, notes } = groundModality({ primary: "BA", alternatives: [], technique: "x", rationale: "" }, { conditionIds: ["mdd_single"], rulesPlan, userText: "I tried behavioural activation and it didn't help" });
    expect(plan).toBe(rulesPlan);
    expect(notes[0].kind).toBe("modality_tried_without_benefit");
  });
});

describe("reply checks", () => {
  it("allows a label only when the person asked, and adds missing resources", () => {
    expect(checkReply("This could be depression.", { userText: "I feel low", locale: "en-US" }).reply).toBeUndefined();
    expect(checkReply("It could be depression; a doctor can assess that.", { userText: "Do I have depression?", locale: "en-US" }).reply).toBeDefined();
    const added = checkReply("I'm here with you.", { userText: "I want to die", locale: "en-US", resources: "Call or text 988 now." });
    expect(added.reply).toMatch(/^Call or text 988/);
    expect(added.notes[0].kind).toBe("resources_added");
  });
});

describe("fault classification", () => {
  it("retries timeouts, dropped connections, 429 and 5xx, not 4xx or output errors", () => {
    expect(isTransient({ status: 429 })).toBe(true);
    expect(isTransient({ status: 503 })).toBe(true);
    expect(isTransient({ status: 400 })).toBe(false);
    expect(isTransient(new Error("Request timed out."))).toBe(true);
    expect(isTransient(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))).toBe(true);
    expect(isTransient(new SyntaxError("Unexpected token"))).toBe(false);
    expect(isTransient(Object.assign(new Error("timeout"), { noRetry: true }))).toBe(false);
  });
});
