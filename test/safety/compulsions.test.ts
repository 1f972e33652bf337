/** Bleeding from a compulsion is not self-harm; hurting oneself until it bleeds is. */
import { describe, expect, it } from "vitest";
import { screenRisk } from "../../safety/screen-risk.js";

describe("until it bleeds", () => {
  it("escalates self-injury and not compulsive washing, picking or biting", () => {
    expect(screenRisk("When it gets bad I scratch my arms until they bleed.").escalate).toBe(true);
    expect(screenRisk("I hit myself until I bruise.").escalate).toBe(true);
    expect(screenRisk("I wash my hands until they bleed because I'm scared of germs.").escalate).toBe(false);
    expect(screenRisk("I pick at my skin until it bleeds without noticing.").escalate).toBe(false);
    expect(screenRisk("I bite my nails until they bleed during exams.").escalate).toBe(false);
  });
});

describe("pills readied", () => {
  it("escalates pills counted or lined up, not ordinary medicine handling", () => {
    expect(screenRisk("I've counted out my pills and I'm taking them tonight.").level).toBe("high");
    expect(screenRisk("I lined up all the tablets on the desk.").escalate).toBe(true);
    expect(screenRisk("I sorted my pills into the weekly organiser like the pharmacist said.").escalate).toBe(false);
    expect(screenRisk("I'm counting my pills to see if I need a refill").escalate).toBe(false);
  });
});
