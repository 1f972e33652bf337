import { describe, expect, it } from "vitest";
import { analyzeContext, type ContextModifiers } from "../../engine/context.js";

function ctx(sentence: string, span: string): ContextModifiers {
  const start = sentence.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${sentence}"`);
  return analyzeContext(sentence, { start, end: start + span.length });
}

describe("ConText modifiers", () => {
  it.each([
    ["I'm not depressed really, just tired", "depressed"],
    ["No panic attacks since I started therapy", "panic attacks"],
    ["Never had any trauma", "trauma"],
    ["Not that I'm suicidal or anything", "suicidal"],
    ["i dont have panic attacks", "panic attacks"],
    ["im not depressed", "depressed"],
    ["I don't have nightmares or flashbacks", "flashbacks"],
    ["The nightmares are gone now", "nightmares"],
  ])("negates %s (%s)", (s, span) => expect(ctx(s, span).negated).toBe(true));

  it.each([
    ["I can't stop worrying about everything", "worrying"],
    ["I don't really enjoy anything anymore", "don't really enjoy anything"],
    ["I'm not depressed really, just tired", "tired"],
    ["I've never felt so hopeless", "hopeless"],
    ["I don't know why I feel so low", "feel so low"],
    ["I have nightmares and flashbacks", "flashbacks"],
    ["I'm sad and miss her, but I'm keeping busy", "sad"],
    ["Nothing helps with the insomnia", "insomnia"],
  ])("does not negate %s (%s)", (s, span) => expect(ctx(s, span).negated).toBe(false));

  it("reads past-only mentions as historical, and ongoing ones as current", () => {
    expect(ctx("I used to love painting and now I can't look at my brushes", "love painting").historical).toBe(true);
    expect(ctx("I used to love painting and now I can't look at my brushes", "can't look at my brushes").historical).toBe(false);
    expect(ctx("Suicidal thoughts five years ago, doing well now", "Suicidal thoughts").historical).toBe(true);
    expect(ctx("Since I was a kid I've been restless", "restless").historical).toBe(false);
    expect(ctx("A year ago I was held up at gunpoint", "held up at gunpoint").historical).toBe(true);
    expect(ctx("Back in college I had panic attacks", "panic attacks").historical).toBe(true);
  });

  it("tells someone else's experience from the person's own", () => {
    expect(ctx("My brother has ADHD", "ADHD").otherExperiencer).toBe(true);
    expect(ctx("my friend is cutting herself", "cutting herself").otherExperiencer).toBe(true);
    expect(ctx("Depression runs in my family", "Depression").otherExperiencer).toBe(true);
    expect(ctx("I hate my roommate's drinking", "my roommate's drinking").otherExperiencer).toBe(true);
    expect(ctx("My mom says I'm always anxious", "anxious").otherExperiencer).toBe(false);
    expect(ctx("My dad hits me when he drinks", "hits me").otherExperiencer).toBe(false);
    expect(ctx("My boss keeps piling on work and I'm stressed", "work and I'm stressed").otherExperiencer).toBe(false);
    expect(ctx("My husband died two years ago", "husband died").otherExperiencer).toBe(false);
  });

  it("marks hedges and hypotheticals", () => {
    expect(ctx("I think I might have OCD", "OCD").hedged).toBe(true);
    expect(ctx("What if I have cancer", "cancer").hypothetical).toBe(true);
    expect(ctx("If I failed the exam I would be devastated", "devastated").hypothetical).toBe(true);
    expect(ctx("I'm devastated about the exam", "devastated").hypothetical).toBe(false);
  });
});
