import { describe, expect, it } from "vitest";
import { analyzeContext, type ContextModifiers } from "../../engine/context.js";

/** Modifiers for the first occurrence of `span` in `sentence`. */
function ctx(sentence: string, span: string): ContextModifiers {
  const start = sentence.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${sentence}"`);
  return analyzeContext(sentence, { start, end: start + span.length });
}

type Flag = Exclude<keyof ContextModifiers, "triggers">;

describe("negation", () => {
  it.each([
    ["I'm not depressed really, just tired", "depressed"],
    ["No panic attacks since I started therapy", "panic attacks"],
    ["I haven't had a drink in two years", "drink"],
    ["Never had any trauma", "trauma"],
    ["Not that I'm suicidal or anything", "suicidal"],
    ["i dont have panic attacks", "panic attacks"],
    ["im not depressed", "depressed"],
    ["I don't have trouble sleeping", "trouble sleeping"],
    ["I don't have nightmares or flashbacks", "flashbacks"],
    ["The nightmares are gone now", "nightmares"],
    ["Panic attacks are not a problem anymore", "Panic attacks"],
    ["I deny any suicidal thoughts", "suicidal thoughts"],
    ["I sleep fine, no nightmares", "nightmares"],
    ["I don't really enjoy anything anymore", "enjoy anything anymore"],
    ["i'm not really suicidal", "suicidal"],
    ["I don't feel hopeless anymore", "hopeless"],
    ["I’m not anxious", "anxious"], // typographic apostrophe
    ["I NO LONGER HAVE PANIC ATTACKS", "PANIC ATTACKS"],
    ["I have never self harmed", "self harmed"],
    ["I don't want to die, and I'm not suicidal", "want to die"],
    ["I'm not so depressed these days", "depressed"],
    ["I've been without a drink for a month", "drink"],
  ])("negates %j at %j", (s, span) => expect(ctx(s, span).negated).toBe(true));

  it.each([
    // Pseudo-triggers.
    ["I can't stop worrying about everything", "worrying"],
    ["I cannot stop crying", "crying"],
    ["I can't help feeling worthless", "feeling worthless"],
    ["Not only am I anxious but I'm depressed", "anxious"],
    ["No doubt I'm depressed", "depressed"],
    ["I'm no longer able to work", "work"],
    ["No matter how hard I try I feel worthless", "worthless"],
    ["Nothing helps my anxiety", "anxiety"],
    ["The worry never stops", "worry"],
    ["I can't remember the last time I felt happy", "happy"],
    ["I'm not sure if I'm depressed", "depressed"],
    ["I've never felt so hopeless", "hopeless"],
    ["I have never been this anxious", "anxious"],
    ["I don't know why I feel so low", "feel so low"],
    ["I can't go out without having a panic attack", "panic attack"],
    ["Not a day goes by that I don't feel guilty", "feel guilty"],
    ["I cry for no reason", "cry"],
    ["The meds don't help my depression", "depression"],
    ["I don't want to get out of bed", "don't want to get out of bed"],
    ["He doesn't understand my anxiety", "anxiety"],
    ["Is there anything I can do to make my anxiety go away?", "anxiety"],
    ["I didn't want a breakup to begin with", "breakup"],
    ["I don't want to talk with her about my depression", "depression"],
    ["I don't care about anything", "care about anything"],
    // Negation inside the span belongs to the concept.
    ["I'm not sleeping", "not sleeping"],
    ["I don't really enjoy anything anymore", "don't really enjoy anything"],
    ["I have no energy", "no energy"],
    ["i cant sleep", "cant sleep"],
    // Scope ends at the comma, "just", "but" and "and".
    ["I'm not depressed really, just tired", "tired"],
    ["I'm not anxious but I am depressed", "depressed"],
    ["I don't drink, but I smoke every day", "smoke every day"],
    ["I don't sleep well and feel hopeless", "feel hopeless"],
    ["I don't have a job because of my panic attacks", "panic attacks"],
    // Too far away.
    ["No, I went to the doctor last week about the constant headaches", "constant headaches"],
    // Nothing there at all.
    ["I have nightmares and flashbacks", "flashbacks"],
    ["I'm sad and miss her, but I'm keeping busy", "sad"],
  ])("does not negate %j at %j", (s, span) => expect(ctx(s, span).negated).toBe(false));

  it("records the trigger as written", () => {
    expect(ctx("i dont have panic attacks", "panic attacks").triggers).toContain("dont");
    expect(ctx("I can't stop worrying", "worrying").triggers).toEqual([]);
  });
});

describe("hedging", () => {
  it.each([
    ["I think I might have OCD", "OCD"],
    ["Maybe I'm depressed", "depressed"],
    ["I'm kind of anxious", "anxious"],
    ["I kinda feel empty", "feel empty"],
    ["I'm sort of numb", "numb"],
    ["I'm not sure if I'm depressed", "depressed"],
    ["I'm a bit down", "down"],
    ["I guess I'm anxious", "anxious"],
    ["I'm depressed, I think", "depressed"],
    ["idk if it's anxiety", "anxiety"],
    ["It could be ADHD", "ADHD"],
    ["How do I know if I have depression?", "depression"],
    ["I really have no clue if I need help", "need help"],
  ])("hedges %j at %j", (s, span) => expect(ctx(s, span).hedged).toBe(true));

  it.each([
    ["I think about dying all the time", "dying"],
    ["I'm anxious", "anxious"],
    ["When I was a little girl I was abused", "abused"],
    ["Since May I've been depressed", "depressed"],
    ["I don't know what kind of help I need for my anxiety", "anxiety"],
    ["I'm a bit tired of work, but I'm really depressed", "depressed"],
  ])("does not hedge %j at %j", (s, span) => expect(ctx(s, span).hedged).toBe(false));
});

describe("historical", () => {
  it.each([
    ["I used to have panic attacks", "panic attacks"],
    ["I used to love painting and now I can't look at my brushes", "love painting"],
    ["Back in college I was depressed", "depressed"],
    ["Back in college, I was depressed", "depressed"],
    ["Suicidal thoughts five years ago, doing well now", "Suicidal thoughts"],
    ["Years ago I had an eating disorder", "eating disorder"],
    ["When I was a teen I self-harmed", "self-harmed"],
    ["I was depressed when I was a teen", "depressed"],
    ["In the past I had panic attacks", "panic attacks"],
    ["I had panic attacks but they're gone", "panic attacks"],
    ["I was depressed, but I'm fine now", "depressed"],
    ["A year ago I was held up at gunpoint", "held up at gunpoint"],
    ["I stopped having flashbacks", "flashbacks"],
    ["I quit drinking last year", "drinking"],
    ["I was molested as a child", "molested"],
    ["I haven't had a drink in two years", "drink"],
    ["The nightmares are gone now", "nightmares"],
  ])("marks %j at %j historical", (s, span) => expect(ctx(s, span).historical).toBe(true));

  it.each([
    ["I used to love painting and now I can't look at my brushes", "can't look at my brushes"],
    ["Since I was a kid I've been restless", "restless"],
    ["Ever since college I've been depressed", "depressed"],
    ["I've been depressed since college", "depressed"],
    ["Two years ago I started having panic attacks", "panic attacks"],
    ["Back in college I was depressed and I still am", "depressed"],
    ["I was assaulted years ago and I have nightmares every night", "nightmares"],
    ["I'm depressed", "depressed"],
    ["I had a panic attack last week", "panic attack"],
    ["In the past I was anxious but now it's much worse", "worse"],
    // In people's own words "a history of" usually means it recurs, not that it is over.
    ["I have a long history of depression", "depression"],
    ["I get so sad and cry and then I feel better", "sad"],
    ["I quit my job", "my job"],
    ["At times all I can think is what I gave up and how I feel unhappy", "unhappy"],
    ["I need help with issues of abuse as a child", "need help"],
  ])("keeps %j at %j current", (s, span) => expect(ctx(s, span).historical).toBe(false));
});

describe("hypothetical", () => {
  it.each([
    ["What if I have cancer", "cancer"],
    ["If I failed the exam I would be devastated", "devastated"],
    ["If I failed the exam, I would be devastated", "devastated"],
    ["if i lost my job id be devastated", "lost my job"],
    ["I'd be devastated if she left", "devastated"],
    ["I'm worried I might become an alcoholic", "alcoholic"],
    ["I'm scared I'm going to end up homeless", "homeless"],
    ["I carry pills in case I have a panic attack", "panic attack"],
    ["I sometimes imagine what would happen if I just let go of the wheel", "let go of the wheel"],
  ])("marks %j at %j hypothetical", (s, span) => expect(ctx(s, span).hypothetical).toBe(true));

  it.each([
    ["I'm devastated about the exam", "devastated"],
    // Habitual conditionals are real.
    ["If I leave the house I get panic attacks", "panic attacks"],
    ["I get anxious if I'm late", "anxious"],
    // Embedded questions.
    ["I feel as if I'm going crazy", "going crazy"],
    ["I keep checking if the door is locked", "checking"],
    ["Even if I sleep 10 hours I'm exhausted", "exhausted"],
    ["Now if someone brings it up I get really upset", "really upset"],
    ["How do I know if I have depression?", "depression"],
  ])("keeps %j at %j real", (s, span) => expect(ctx(s, span).hypothetical).toBe(false));
});

describe("experiencer", () => {
  it.each([
    ["My brother has ADHD", "ADHD"],
    ["my friend is cutting herself", "cutting herself"],
    ["my friend cuts herself", "cuts herself"],
    ["My mom is depressed", "depressed"],
    ["my partner drinks every night", "drinks every night"],
    ["Depression runs in my family", "Depression"],
    ["I hate my roommate's drinking", "my roommate's drinking"],
    ["I have a friend who is suicidal", "suicidal"],
    ["My brother, he has ADHD", "ADHD"],
    ["I'm worried about my son's anxiety", "anxiety"],
    ["She has panic attacks", "panic attacks"],
    ["My brother has ADHD and depression", "depression"],
    ["Now he is depressed and hopeless again", "hopeless"],
    ["He lies and cheats", "cheats"],
  ])("gives %j at %j to someone else", (s, span) => expect(ctx(s, span).otherExperiencer).toBe(true));

  it.each([
    ["My mom says I'm always anxious", "anxious"],
    ["My dad hits me when he drinks", "hits me"],
    ["My boss keeps piling on work and I'm stressed", "work and I'm stressed"],
    ["My husband died two years ago", "husband died"],
    ["My husband drives me everywhere", "drives me everywhere"],
    ["My mom and I both have anxiety", "anxiety"],
    ["My brother has ADHD and I'm depressed", "depressed"],
    ["My sister hates my anxiety", "anxiety"],
    ["my parents divorced last year", "divorced"],
    ["My parents are getting a divorce and I feel depressed", "divorce"],
    ["My family offers little to no support", "no support"],
    ["My boyfriend cheated on me", "cheated"],
    ["I'm anxious", "anxious"],
  ])("keeps %j at %j the person's own", (s, span) => expect(ctx(s, span).otherExperiencer).toBe(false));
});

describe("combinations and edges", () => {
  const flags = (m: ContextModifiers): Flag[] => (["negated", "hedged", "historical", "hypothetical", "otherExperiencer"] as Flag[]).filter((f) => m[f]);

  it.each([
    ["I'm depressed", "depressed", []],
    ["My mom isn't depressed", "depressed", ["negated", "otherExperiencer"]],
    ["I think my brother might have ADHD", "ADHD", ["hedged", "otherExperiencer"]],
    ["I don't think I used to be depressed", "depressed", ["historical"]],
  ] as Array<[string, string, Flag[]]>)("%j at %j -> %j", (s, span, expected) => {
    const got = flags(ctx(s, span));
    for (const f of expected) expect(got).toContain(f);
    if (!expected.length) expect(got).toEqual([]);
  });

  it("returns nothing for a span outside the sentence or an empty sentence", () => {
    expect(analyzeContext("", { start: 0, end: 0 })).toMatchObject({ negated: false, triggers: [] });
    expect(analyzeContext("no panic", { start: 50, end: 60 }).negated).toBe(false);
  });

  it("is deterministic across repeated calls (no regex state leaks)", () => {
    const a = ctx("i dont have panic attacks", "panic attacks");
    const b = ctx("i dont have panic attacks", "panic attacks");
    expect(a).toEqual(b);
  });
});
