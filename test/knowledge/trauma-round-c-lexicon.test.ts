/**
 * Round C of the trauma area (evals/heldout/trauma-c.jsonl): everyday phrasings for the event,
 * re-experiencing, arousal and grief, with ordinary-speech look-alikes that must not fire; and the
 * discourse rules changed with them (a parent's account of an event stays the child's stressor, a
 * person named as dead has no symptoms of their own, "she told us" stays about her).
 */
import { describe, expect, it } from "vitest";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { extractFindings } from "../../engine/extract-findings.js";
import { identifiedPerson } from "../../engine/identified-person.js";
import { sentenceSubject, SELF } from "../../engine/discourse-subject.js";
import { CONCEPTS } from "../../knowledge/index.js";

const matcher = new ConceptMatcher(CONCEPTS);
const found = (text: string) => new Set(matcher.match(text).map((m) => m.concept));

const positives: Record<string, string[]> = {
  trauma_accident: ["I was caught up in a pile up on the A1", "ever since the pileup I can't drive"],
  trauma_combat: ["I did three tours in the marines", "he served two deployments", "after my tour of duty"],
  trauma_sexual_violence: ["an older boy at a sleepover did something to me", "a man did something to me when I was drunk at uni"],
  trauma_domestic_violence: ["my husband was violent for ten years", "my ex became physically abusive"],
  trauma_child_abuse: ["my stepdad who drank would lash out at us", "I grew up with a violent drunk father"],
  trauma_witnessed_death: ["the little boy we could not save", "there was a patient I wasn't able to save"],
  intrusive_memories: ["I keep hearing the screech of the brakes in my head", "the sound of the gunshots stays with me", "I still see her face at night"],
  flashbacks: ["I get flashes of him coming at me", "it was so real I could smell the smoke"],
  cue_distress: [
    "when my boss raises his voice at anyone in the office I freeze",
    "whenever a car alarm goes off I'm shaking",
    "on bonfire night I have to leave town",
  ],
  exaggerated_startle: ["I nearly jumped out of my seat", "I scream if someone creeps up behind me", "if my flatmate slams the door I'm shaking"],
  hypervigilance: ["I can't have anyone standing behind me in a queue", "I'm always listening for his mood when he gets home"],
  nightmares: ["I dream about the man with the knife"],
  negative_self_concept: ["there's something dirty inside me that made them do it", "I feel rotten to the core"],
  trauma_self_blame: ["it was my own fault for walking home alone"],
  detachment_from_others: ["my wife says I've been a closed book for years", "I was never really there for my kids"],
  trauma_avoidance: ["every fourth of july I go off grid"],
  grief_preoccupation: ["I sleep in her bed every night", "I sit by his grave for hours every day"],
  grief_avoidance: ["I can't bear hearing colleagues talk about their husbands"],
  difficulty_moving_on: ["I haven't been to a single family gathering since"],
  disbelief_about_death: ["I keep waiting for him to call", "I still make two cups of tea", "I put out two plates without thinking"],
  grief_pain: ["why did he get cancer and not me"],
  moving_home: ["I moved to Leeds for uni", "we relocated for my husbands job"],
  insomnia_initial: ["I don't sleep much these days", "I get maybe four hours a night"],
  // Batch D (evals/heldout/trauma-d.jsonl), added after it was measured.
  trauma_exposure: ["I lost so much blood they rushed me to theatre", "it ended in an emergency section"],
  trauma_disaster: ["a gunman started firing into the crowd", "I was a child when a car bomb went off near our school"],
  stressor_life_event: ["since my husband was deployed I'm a wreck", "my son went to prison in March"],
};
positives.trauma_witnessed_death.push("by the time we reached the house job the kids were already gone");
positives.cue_distress.push("the smell of diesel and I'm gone", "whenever I drive near the junction I have to pull over");
positives.nightmares.push("I don't dream about anything else");
positives.detachment_from_others.push("I've gone cold with my family");
positives.intrusive_memories.push("I see it all again when I shut my eyes", "I can't stop going over that night");
positives.exaggerated_startle.push("a car backfiring sends me diving to the floor");
positives.hypervigilance.push("I keep checking the front door is locked");
positives.trauma_avoidance.push("I haven't left the house since", "I can't watch anything about war");
positives.grief_preoccupation.push("I talk to her in my head all day", "I chat to him in my head while I cook");
positives.grief_pain.push("I still cry every single day");
positives.difficulty_moving_on.push("everyone else just got on with their lives");

const negatives: [string, string][] = [
  ["trauma_sexual_violence", "a guy at work did something to my car"],
  ["trauma_combat", "we did two tours of the museum"],
  ["exaggerated_startle", "I'd jump at the chance to move"],
  ["hypervigilance", "I'm always listening for my name at the deli counter"],
  ["breakup", "his room is exactly as he left it"],
  ["depersonalization", "I don't recognise myself anymore, I used to be so confident"],
  ["negative_self_concept", "there is something wrong with my car"],
  ["trauma_witnessed_death", "the client we could not save money for"],
  ["trauma_exposure", "I honestly thought I was dying, my heart was going so fast in the meeting"],
  ["trauma_disaster", "we started shooting the film on Monday"],
  ["difficulty_moving_on", "people carried on talking through the film"],
  ["intrusive_memories", "I keep going over my notes before exams"],
];

describe("dating an event by a weekday", () => {
  it("reads a past weekday as some days back and leaves a future one undated", async () => {
    const { extractTemporal } = await import("../../engine/temporal.js");
    const now = new Date("2026-11-29T12:00:00Z");
    const past = extractTemporal("we got mugged on saturday night", now);
    expect(past[0]?.agoDays).toBeGreaterThanOrEqual(3);
    expect(past[0]?.agoDays).toBeLessThanOrEqual(7);
    expect(extractTemporal("on Friday I am seeing my mum", now)).toEqual([]);
    expect(extractTemporal("on Saturday I'll be at the match", now)).toEqual([]);
  });
});

describe("trauma round C phrasings", () => {
  const cases = Object.entries(positives).flatMap(([c, texts]) => texts.map((t) => [c, t] as [string, string]));
  it.each(cases)("%s <- %s", (concept, text) => expect([...found(text)]).toContain(concept));
  it.each(negatives)("%s does not fire on: %s", (concept, text) => expect([...found(text)]).not.toContain(concept));
  it("keeps the mirror sense of not recognising oneself", () => {
    expect([...found("I look in the mirror and don't recognise myself")]).toContain("depersonalization");
  });
});

describe("whose experience it is", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  it("reads the writer's grief, not the dead son's symptoms, after 'my son died'", () => {
    const { findings } = extractFindings("My son died three years ago. His room is exactly as he left it.", 0, matcher, now);
    const f = findings.find((x) => x.concept === "grief_preoccupation");
    expect(f?.otherExperiencer).toBe(false);
  });
  it("still reads a living son's symptoms as his", () => {
    const { findings } = extractFindings("My son is 19. His sleep is terrible.", 0, matcher, now);
    expect(findings.find((x) => x.concept === "insomnia_initial")?.otherExperiencer).toBe(true);
  });
  it("keeps a sentence about her when the writer is only its object", () => {
    const her = { kind: "other" as const, who: "your daughter" };
    expect(sentenceSubject("Something happened at a party, she only told us in spring.", her)).toEqual(her);
    expect(sentenceSubject("Nothing makes me happy anymore.", her)).toEqual(SELF);
    expect(sentenceSubject("She says I never listen.", SELF)).not.toEqual(SELF);
  });
  it("keeps the event the parent tells as the child's stressor", () => {
    const text = "My daughter is 15. An older boy at a party did something to her last year. She has nightmares, she won't go out, she jumps at every noise and she can't feel happy anymore.";
    const { findings } = extractFindings(text, 0, matcher, now);
    const view = identifiedPerson(findings);
    expect(view.subject.kind).toBe("other");
    const event = view.findings.find((f) => f.concept === "trauma_sexual_violence");
    expect(event?.otherExperiencer).toBe(false);
  });
});
