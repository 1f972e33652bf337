/**
 * Everyday words that read like risk (session 20, from fresh reply batches whose authors wrote no
 * risk at all): embarrassment idioms, a family barbecue, wanting more of a partner's affection,
 * being busy at work. Each beside the risk its words can carry, which must still escalate.
 */
import { describe, expect, it } from "vitest";
import { readConversation } from "../../safety/read-risk.js";

const escalates = (t: string) => readConversation([t]).escalate;

describe("embarrassment idioms are not a wish to die", () => {
  it("reads wanting to disappear when everyone laughed, or the floor to swallow you, as embarrassment", () => {
    expect(escalates("he made a joke at his brother's barbecue and everyone laughed and I wanted to disappear.")).toBe(false);
    expect(escalates("someone turns to me and asks how's the shop and I want the floor to swallow me. I've tried the gratitude journal thing and it lasted four days.")).toBe(false);
    expect(escalates("I was so mortified I wanted to crawl into a hole")).toBe(false);
  });
  it("still escalates a wish to disappear for good, and a wish to die after being laughed at", () => {
    expect(escalates("I want to disappear forever, nobody would notice")).toBe(true);
    expect(escalates("everyone laughed at me at school and I want to die")).toBe(true);
  });
});

describe("a partner's touch", () => {
  it("reads wanting more affection as no abuse", () => {
    expect(escalates("We're in our fifties, married 24 years, and the only time he touches me is in bed. I miss holding hands.")).toBe(false);
  });
  it("still escalates touch that is forced or kept secret", () => {
    expect(escalates("the only time he touches me is when he forces me")).toBe(true);
    expect(escalates("my stepdad touches me at night and says it's our secret")).toBe(true);
  });
});

describe("never coming back", () => {
  it("reads fear of not returning to a course as no wish", () => {
    expect(escalates("I'm burnt out and crying in the car before placement. Part of me wants to take a semester off but I'm scared I'll never come back. Should I?")).toBe(false);
  });
  it("still escalates going to sleep, or going out, and never coming back", () => {
    expect(escalates("part of me wants to go to sleep and never come back")).toBe(true);
    expect(escalates("sometimes I wish I could just go out one night and never come back")).toBe(true);
  });
});
