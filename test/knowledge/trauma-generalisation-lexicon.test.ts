/**
 * Everyday phrasings for trauma, grief and acute stress added after a blind held-out batch
 * (evals/heldout/trauma-a.jsonl): each concept family with paraphrases that must be found, and
 * look-alikes from ordinary speech that must not. Also the condition-level rules changed with them
 * (acute stress pools its non-intrusion symptoms; childhood abuse recalled as an adult is not acute;
 * abuse told as long-past history does not escalate).
 */
import { describe, expect, it } from "vitest";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { CONCEPTS } from "../../knowledge/index.js";
import { screenRisk } from "../../safety/screen-risk.js";

const matcher = new ConceptMatcher(CONCEPTS);
const found = (text: string) => new Set(matcher.match(text).map((m) => m.concept));

const positives: Record<string, string[]> = {
  intrusive_memories: [
    "I still see the flames every time I close my eyes",
    "when I close my eyes I'm there again",
    "I keep hearing the gunshots in my head",
    "I get flashes of his face out of nowhere",
    "the memories came rushing back last month",
    "that night just keeps replaying",
  ],
  flashbacks: ["I'm right back on that road", "the smell and suddenly I'm back in that ward", "for a second I was back on the operating table"],
  nightmares: ["I dream that I'm trapped in the car again", "I still hear the screaming in my sleep", "I keep dreaming we are under fire"],
  cue_distress: [
    "I can't walk past that bar without shaking",
    "if I hear a motorbike my heart starts pounding",
    "my whole body went cold when I saw a van like that",
    "if someone walks behind me at night I freeze",
    "the sound of sirens takes me right back",
  ],
  trauma_avoidance: [
    "I can't even watch hospital dramas now",
    "I haven't been back there since",
    "I won't drive on highways now",
    "I take the back roads everywhere now",
    "I swapped my shifts to avoid that station",
  ],
  hypervigilance: [
    "I always clock where the exits are",
    "I check the doors and windows three times before bed",
    "I'm constantly braced for something bad to happen",
  ],
  exaggerated_startle: ["I've been so skittish since", "I flinch when anyone raises their voice", "I jump at the doorbell"],
  emotional_numbing: [
    "I don't feel much of anything for my kids anymore",
    "my wife says the lights are on but nobody's home",
    "I'm a shell of who I was",
    "I feel like an empty shell",
  ],
  trauma_self_blame: ["I feel guilty that I couldn't protect her", "we couldn't save the kid", "I feel guilty that I survived"],
  negative_self_concept: ["I feel completely broken inside", "I feel permanently damaged"],
  negative_beliefs_world: ["I can't trust anyone anymore", "anyone could turn on me", "nowhere is safe anymore", "I've lost all faith in people"],
  trauma_disaster: ["there was a shooting at my school", "a gunman opened fire at the mall"],
  trauma_witnessed_death: [
    "we got a call involving a toddler and I can't shake it",
    "the worst call of my career",
    "I was dispatched to a fatal crash",
    "I worked in intensive care through the pandemic",
  ],
  trauma_exposure: ["I had an emergency caesarean and nearly lost my life", "it was a traumatic birth", "I woke up during surgery", "I was put on a ventilator"],
  yearning_for_deceased: ["I miss him so much it physically hurts", "I'm still pining for her", "I'd give anything to have my son back"],
  grief_preoccupation: [
    "I'm consumed by how he died",
    "I still talk to him every night",
    "I play his voicemail over and over",
    "her room is exactly as she left it",
  ],
  disbelief_about_death: ["I can't accept that she is not coming back", "I still lay a place for him at the table", "it feels like she's just away on a trip"],
  identity_loss_after_death: ["I don't know who I am without her", "I lost my identity when he died", "I feel like I'm only half alive", "a piece of me went with him"],
  grief_avoidance: ["I still haven't sorted through his things", "I haven't visited her grave", "I can't bear being around other families"],
  grief_pain: ["I'm so angry and bitter", "I'm furious at God for taking her"],
  meaninglessness: ["everything feels meaningless now"],
};

// Second round, after the blind batch B (evals/heldout/trauma-b.jsonl).
const positivesB: Record<string, string[]> = {
  trauma_accident: ["a van ploughed into the side of us at the lights", "our minibus overturned on the way back", "I got T-boned at a junction"],
  trauma_assault: ["our house was broken into while we were asleep", "they tied me up and took everything", "I was held hostage for six hours"],
  trauma_witnessed_death: ["as a copper I dealt with some horrific scenes", "one suicide in particular stays with me"],
  intrusive_memories: ["I get random pictures of the knife", "I can't close my eyes without seeing his face"],
  flashbacks: ["and suddenly I'm 9 again", "I feel like I'm that little girl again"],
  cue_distress: ["I freeze every time a lorry is close behind us"],
  trauma_avoidance: ["I haven't driven since the crash", "I steer clear of that junction", "I can't face getting on a train", "I can't watch the news anymore"],
  exaggerated_startle: ["a car backfiring makes me dive for cover"],
  detachment_from_others: ["no one who wasn't there could ever understand"],
  persistent_fear_shame: ["I feel so disgusting inside"],
  trauma_self_blame: ["I feel guilty that I made it out when my brother didn't"],
  grief_preoccupation: ["I keep going over her last days in the hospice", "I sleep with his shirt every night"],
  disbelief_about_death: ["I can't believe he's really gone"],
  identity_loss_after_death: ["I barely recognise myself without her"],
  grief_avoidance: ["I can't be around newborns since", "I can't go back to the places we went together"],
  meaninglessness: ["nothing feels worth doing without him", "there's no point to anything now"],
  difficulty_moving_on: ["everyone's moved on and I'm stuck"],
  struggling_to_adjust: ["I haven't been myself since the redundancy"],
  insomnia_initial: ["I haven't slept properly since"],
  stressor_life_event: ["I found out I have MS in the spring"],
};

const negatives: Array<[string, string]> = [
  ["intrusive_memories", "I keep seeing the same ads everywhere"],
  ["intrusive_memories", "I keep hearing great things about that film"],
  ["flashbacks", "I'm back at work on Monday"],
  ["flashbacks", "we're back on the road after lunch"],
  ["nightmares", "I see my grandma in my dreams and it's comforting"],
  ["trauma_avoidance", "I don't watch much TV"],
  ["trauma_avoidance", "we took the long way for the views"],
  ["hypervigilance", "I checked the fire exits for the health and safety audit"],
  ["exaggerated_startle", "she jumped at the chance to lead the project"],
  ["trauma_disaster", "we were shooting a music video at the park"],
  ["trauma_disaster", "I go clay shooting at the range"],
  ["trauma_witnessed_death", "the ref made a bad call at work drinks quiz"],
  ["trauma_exposure", "my heart stopped when I saw the bill"],
  ["negative_beliefs_world", "I can't trust anyone with my passwords"],
  ["trauma_self_blame", "I couldn't help with the homework tonight"],
  ["emotional_numbing", "nobody is home so I can finally relax"],
  ["grief_preoccupation", "I can't stop thinking about him since our date"],
  ["flashbacks", "I feel like a kid again at the funfair"],
  ["trauma_assault", "I was held up in traffic for an hour"],
  ["trauma_avoidance", "I haven't been to the gym since Christmas"],
  ["exaggerated_startle", "the price made me want to duck out"],
  ["trauma_accident", "my laptop crashed during the meeting"],
  ["struggling_to_adjust", "I'm not myself before coffee"],
];

describe("trauma and grief phrasings found by the held-out batch", () => {
  const cases = [positives, positivesB].flatMap((set) => Object.entries(set)).flatMap(([c, texts]) => texts.map((t) => [c, t] as [string, string]));
  it.each(cases)("%s <- %s", (concept, text) => expect([...found(text)]).toContain(concept));
  it.each(negatives)("%s does not fire on: %s", (concept, text) => expect([...found(text)]).not.toContain(concept));
});

describe("abuse told as long-past history", () => {
  it("does not escalate a strangling by an ex a year and a half ago", () => {
    expect(screenRisk("About a year and a half ago my ex strangled me. I'm out of that now.").escalate).toBe(false);
  });
  it("does not escalate childhood abuse recalled as an adult with an age range", () => {
    const r = screenRisk("My uncle abused me from about age 7 to 12. I'm 38 now and it still affects me.");
    expect(r.escalate).toBe(false);
  });
  it("does not escalate a relationship left well over a year ago", () => {
    expect(screenRisk("I was in an abusive relationship for years and got out 20 months ago.").escalate).toBe(false);
  });
  it("still escalates abuse that is going on", () => {
    expect(screenRisk("My boyfriend hits me when he drinks and I'm scared to go home.").escalate).toBe(true);
  });
});
