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

describe("medicines, objects and other people's words", () => {
  it("reads a question about starting an antidepressant as no means at hand, and a stockpile still as one", () => {
    expect(escalates("Been low for most of the year. The GP offered me sertraline, or the waiting list for talking therapy. I've never taken anything stronger than paracetamol. Should I take the tablets or wait for the talking therapy?")).toBe(false);
    expect(escalates("I have 40 sertraline saved up and I'm done with everything")).toBe(true);
  });
  it("reads a punch at a wardrobe door as no assault on a person", () => {
    expect(escalates("My daughter is 13 and has been exploding at home. Slams doors, screams at her little brother, last week she punched her wardrobe door so hard it cracked. How do I help her with her anger?")).toBe(false);
    expect(escalates("he punched her in the face")).toBe(true);
  });
  it("asks directly after 'I'm over it', not after being told one should be over a loss by now", () => {
    expect(readConversation(["My wife died four years ago. My son says I should be over it by now."]).askedDirectly).toBeUndefined();
    expect(readConversation(["honestly I'm over it. all of it."]).askedDirectly).toBeDefined();
  });
});
