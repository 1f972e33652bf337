/**
 * Medicines in ordinary use are not means at hand: a remedy someone "tried" is not an attempt, and
 * a GP who "didn't ask" is not "don't ask why". Found on risk-free posts written for the synthesis
 * calibration set (insomnia remedies; a GP offering antidepressants), which the reader escalated.
 */
import { describe, expect, it } from "vitest";
import { readConversation } from "../../safety/read-risk.js";

const escalates = (text: string) => readConversation([text]).escalate;

describe("medicines in ordinary use", () => {
  it("a remedy tried for sleep, and a question about sleeping pills for the doctor, are not an attempt", () => {
    expect(escalates("cant sleep past 3am for weeks. ive tried melatonin, magnesium, no screens after 9, nothing works. is it worth asking my doctor about sleeping pills or do they make it worse long term?")).toBe(false);
  });
  it("a GP who offered antidepressants and didn't ask about anything else is not a method question", () => {
    expect(escalates("My GP offered me antidepressants straight away and didn't really ask about anything else. I wanted to know if HRT might help my mood first.")).toBe(false);
  });
  it("an attempt with pills still escalates, and so does a dose question with 'don't ask why'", () => {
    expect(escalates("last night I tried to take all my sleeping pills but my sister knocked and I stopped")).toBe(true);
    expect(escalates("how many of my sleeping pills would it take to not wake up. don't ask why")).toBe(true);
  });
});

describe("ending it minutes or hours from now", () => {
  it("is a plan with its time, glued numbers included", () => {
    expect(readConversation(["im 5 minutes from ending it"]).level).toBe("high");
    expect(readConversation(["5minutes from ending it. had a good run"]).escalate).toBe(true);
    expect(readConversation(["in an hour i will end it"]).escalate).toBe(true);
  });
  it("is not a break-up, a shift or a film", () => {
    expect(escalates("ten minutes from ending things with my boyfriend, wish me luck")).toBe(false);
    expect(escalates("20 minutes until my shift ends and I cant take this job anymore")).toBe(false);
    expect(escalates("the movie was 20 minutes from the end and it was great")).toBe(false);
  });
});
