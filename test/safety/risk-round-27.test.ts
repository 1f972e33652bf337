/**
 * Session 27: two readings blind raters' notes on fresh CounselChat replies traced to the risk
 * reader (our own wording, each beside its contrast).
 */
import { describe, expect, it } from "vitest";
import { readRisk } from "../../safety/read-risk.js";

describe("a person telling is not a voice", () => {
  it("reads 'she told me … she couldn't do it' as a conversation, and a voice as a voice", () => {
    const person = readRisk("Last week she told me she couldn't do it anymore and that we should stop seeing each other. I'm heartbroken.");
    expect(person.flags).not.toContain("command_hallucinations");
    const voice = readRisk("She keeps telling me to do it, I hear her in my head when nobody is in the room.");
    expect(voice.flags).toContain("command_hallucinations");
    expect(voice.escalate).toBe(true);
    expect(readRisk("The voices tell me to end it tonight.").flags).toContain("command_hallucinations");
  });
});

describe("no plan is not no thought", () => {
  it("reads 'no plan to kill myself' as ideation without a plan, escalated", () => {
    for (const m of ["I don't have a plan to kill myself, I just feel empty all the time.", "I told my GP I had no plan for suicide, which is true, but it's always there."]) {
      const r = readRisk(m);
      expect(r.escalate, m).toBe(true);
      expect(r.flags, m).toContain("suicidal_ideation");
    }
    // A plan for something else is not about suicide.
    expect(readRisk("I don't have a plan for the weekend yet and I'm a bit bored.").escalate).toBe(false);
  });
});
