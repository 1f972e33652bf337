import { describe, expect, it } from "vitest";
import { CONCEPTS, CONDITIONS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { SELF, sentenceSubject } from "../../engine/discourse-subject.js";
import { identifiedPerson } from "../../engine/identified-person.js";
import type { SymptomFinding } from "../../engine/types.js";
import { itDoesNotFind, itFinds } from "../fixtures/lexicon-cases.js";

/**
 * Round-C generalisation tests for the "other" area (eating, sleep, substances incl. sedatives,
 * gambling, borderline, psychosis). Sentences are our own paraphrases of each concept family,
 * not the held-out vignettes; hard negatives are everyday look-alikes.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);
const foundAsThem = (sentence: string): string[] => matcher.match(sentence, { asFirstPerson: true }).map((m) => m.concept);

const POSITIVES: Record<string, string[]> = {
  uses_sedatives: ["I'm hooked on my diazepam", "been taking zopiclone every night for two years", "she buys xanax bars online", "I'm dependent on sleeping tablets"],
  more_than_intended: ["I'm taking double what I was prescribed", "I always run out a week early", "I take extra tablets on bad days"],
  time_spent_using: ["I get pills off a guy at the gym", "I've been doctor shopping for more scripts", "I'm stoned from the moment I wake up", "about 2 grams a day"],
  withdrawal: [
    "whenever I try to come off them I get shaky and can't sleep",
    "the rebound anxiety is unbearable",
    "every time he tries to go without he's sweating and sick",
    "when she comes down she crashes for days",
  ],
  failed_cutdown: [
    "I've tried to quit about six times",
    "honestly I don't know how to stop",
    "he promises he'll stop and then goes back the next day",
    "I uninstalled the app and reinstalled it the same night",
  ],
  borrowing_for_gambling: ["he cleared out his pension at the bookies", "she keeps asking us for money that ends up in the slot machines"],
  gambling_preoccupation: ["he's at the bookies every day now"],
  binge_eating_rapidly: ["I binge way faster than a normal person eats"],
  binge_eating_episodes: ["I eat until I'm physically sick"],
  eating_alone_shame: ["I eat in my car so my family never sees"],
  insomnia_initial: ["I lie there till 4 most nights", "I lie in bed wide awake for hours"],
  conditioned_arousal_bed: ["lying in bed my mind just won't switch off"],
  sleep_nights_per_week: ["every night it's the same story"],
  auditory_hallucinations: ["he talks to people who are not there", "she laughs at nothing and mutters", "there are two women arguing about me"],
  command_hallucinations: ["the voices keep telling me what to do"],
  persecutory_delusions: ["they're watching me through the smoke detector", "someone is poisoning the tap water", "the police are in on it too"],
  grandiose_delusions: ["God has been talking to him directly"],
  other_delusions: ["no amount of evidence will change her mind", "the devil is living in the telly"],
  thought_interference: ["there's a chip in my head that reads my thoughts"],
  disorganised_speech: ["his talk is impossible to follow", "her sentences don't make sense any more"],
  negative_symptoms: ["he barely showers"],
  functional_impairment: ["I stopped going to uni"],
  abandonment_fear: ["he accuses me of abandoning him if I'm late"],
  unstable_relationships: ["she's loving one minute and the next she says she hates me", "every relationship ends in a massive blow up"],
  affective_instability: ["my moods go up and down all day"],
  intense_anger: ["he yells that he hates everyone"],
};

const NEGATIVES: Array<[string, string]> = [
  ["difficulty_discarding", "I don't throw up or anything"],
  ["childhood_onset", "it's been like this since last spring"],
  ["uses_sedatives", "I take vitamin D and iron tablets"],
  ["more_than_intended", "I got more done than I planned"],
  ["time_spent_using", "I got a lift from a friend"],
  ["withdrawal", "when I tried to cut down on sugar I felt great"],
  ["failed_cutdown", "I tried a new recipe twice"],
  ["auditory_hallucinations", "two men were talking about football"],
  ["persecutory_delusions", "I can see through the window"],
  ["other_delusions", "the evidence changed my mind"],
  ["disorganised_speech", "my notes are all over the place"],
  ["insomnia_initial", "I lie there in the sun for an hour"],
  ["unstable_relationships", "she was lovely one minute late"],
  ["gambling_preoccupation", "I walk past the casino every day"],
];

describe("other-area round C lexicon", () => {
  itFinds((t) => [...found(t), ...foundAsThem(t)], POSITIVES);
  itDoesNotFind(found, NEGATIVES);
});

describe("sedative use disorder", () => {
  it("exists with F13 codes and the sedative concept as its core", () => {
    const c = CONDITIONS.find((x) => x.id === "sedative_use");
    expect(c?.codes.icd10cm).toBe("F13.10");
    expect(c?.criteria[0].items.find((i) => i.core)?.concepts).toEqual(["uses_sedatives"]);
  });
});

describe("whose words: round C", () => {
  it("a bare parent word opening a sentence names that parent", () => {
    expect(sentenceSubject("Dad is 76 and drinks from eleven.", SELF)).toEqual({ kind: "other", who: "your dad" });
    expect(sentenceSubject("Mother of two here, I can't sleep.", SELF)).toEqual(SELF);
  });
  it("he/she after an opening phrase, with no I in the sentence, is about them", () => {
    expect(sentenceSubject("Two days ago, after the wedding, she started talking nonsense.", SELF)).toEqual({ kind: "other", who: "them" });
    expect(sentenceSubject("Since he left, can't sleep at all.", SELF)).toEqual(SELF);
  });
  const f = (concept: string, about?: string, otherExperiencer = false): SymptomFinding =>
    ({ concept, quote: concept, turn: 0, negated: false, hedged: false, historical: false, hypothetical: false, otherExperiencer, ...(about ? { about } : {}) }) as SymptomFinding;
  it("a named person's delusion alone makes them the subject", () => {
    expect(identifiedPerson([f("other_delusions", "your wife", true)]).subject.kind).toBe("other");
  });
  it("an unnamed character's delusion (a film plot) does not", () => {
    expect(identifiedPerson([f("persecutory_delusions", "them", true)]).subject.kind).toBe("self");
  });
});
