import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { extractFindings } from "../../engine/extract-findings.js";
import { writerActs } from "../../engine/discourse-subject.js";
import { itDoesNotFind, itFinds } from "../fixtures/lexicon-cases.js";

/**
 * Round E of the anxiety / OCD-related / somatic area: concept families the lexicon missed on a
 * fresh blind batch (evals/heldout/anxiety-e.jsonl), fixed by concept. Sentences are our own
 * paraphrases, not the vignettes: positives must be found, hard negatives must not.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const POSITIVES: Record<string, string[]> = {
  worry_excessive: [
    "if it's not the bills it's the kids or my mum",
    "if it isn't one thing it's another",
    "one worry gets sorted and the next one pops up",
    "there's always something new to worry about",
    "I always find something else to fret about",
  ],
  worry_uncontrollable: ["my head keeps going round and round", "it all goes round and round in my mind"],
  agora_outside_alone: ["he won't go anywhere on his own now", "alone she will not leave the flat", "I've stopped going out by myself"],
  agora_enclosed_spaces: ["I'm frightened of getting trapped in the shopping centre"],
  agora_public_transport: ["what if I'm stuck on the train and can't get off"],
  embarrassment_fear: ["I'm terrified I'll blurt something stupid", "I'm worried I'll say something awkward"],
  fear_of_judgement: ["I'm scared that people will think I'm boring", "I'm convinced the whole room will notice how I shake"],
  phobia_animal: [
    "spiders, I'm petrified of them",
    "a big alsatian came running over and I froze",
    "I screamed when a wasp landed on my arm",
    "I won't go round to friends who have a dog",
  ],
  separation_distress: ["when my husband works away I go to pieces", "every time my mum goes abroad I'm a wreck"],
  separation_harm_worry: ["she has nightmares about mummy dying", "he keeps asking if daddy is going to die"],
  separation_avoidance: ["she would never go on school trips", "he refused to go on the residential"],
  appearance_preoccupation: ["it looks deformed to me", "my mates swear there's nothing wrong but they're just being nice"],
  mirror_checking: ["I dodge every group photo"],
  cosmetic_procedure_seeking: ["I've booked a consultation for a nose job"],
  appearance_camouflage: ["I can't go to work without contouring", "I never go out without a filter on"],
  somatic_preoccupation: ["I'm scared the pain will never go away", "I spend the whole day thinking about the dizziness"],
  reassurance_medical: ["I've been to the hospital so many times", "I've been back and forth to the doctor loads of times"],
};

const NEGATIVES: Record<string, string[]> = {
  worry_excessive: ["if it's not raining it's a good day for a walk"],
  agora_outside_alone: ["I went out by myself to the cinema and loved it"],
  phobia_situational: ["I'm scared of being stuck somewhere with nobody to help"],
  phobia_animal: ["the puppy came running up and I laughed", "I visit friends who have a dog every weekend"],
  separation_distress: ["when my husband goes away I enjoy the quiet"],
  appearance_preoccupation: ["it is misshapen but the cake still tasted great"],
  reassurance_medical: ["I've been to the hospital to visit my nan"],
  somatic_preoccupation: ["I worry the traffic will get worse"],
};

/** Batch F (evals/heldout/anxiety-f.jsonl), fixed by concept after its blind measurement. */
const POSITIVES_F: Record<string, string[]> = {
  blushing: ["in class I became all red"],
  fear_of_judgement: ["I feel my coworkers are talking about me", "the team were laughing about me"],
  social_situation_fear: ["on presentation days I call in sick", "I pulled a sickie because I had to present"],
  separation_distress: ["while my dad is away on a trip I text him like twenty times"],
  separation_harm_worry: ["I keep picturing my husband has had a crash"],
  separation_avoidance: ["I didn't go on the ski trip because I'd be away from my mum"],
  illness_conviction: ["I'm certain there's something the doctors are overlooking"],
  somatic_preoccupation: ["I write down every twinge in a notebook", "my whole life has been on hold because of the pain"],
};

const NEGATIVES_F: Record<string, string[]> = {
  blushing: ["the sky became red at sunset"],
  social_situation_fear: ["I called in sick with flu and missed the meeting"],
  somatic_preoccupation: ["the project is on hold because of the budget"],
  illness_conviction: ["I'm sure there's something I'm missing in this recipe"],
};

describe("anxiety-area lexicon, round E: everyday phrasings", () => {
  itFinds(found, POSITIVES_F, " (batch F)");
  itDoesNotFind(found, NEGATIVES_F, " (batch F)");
  itFinds(found, POSITIVES);
  itDoesNotFind(found, NEGATIVES);
  it("reads a fear of saying something stupid as present, not hypothetical", () => {
    const { findings } = extractFindings("I'm always scared I'll say something stupid in meetings.", 0, matcher, new Date("2026-01-01"));
    const f = findings.find((x) => x.concept === "embarrassment_fear");
    expect(f).toBeDefined();
    expect(f?.hypothetical).toBe(false);
  });
  it("keeps the writer out of another person's question", () => {
    expect(writerActs("he keeps asking whether I am going to die")).toBe(false);
    expect(writerActs("she asks if I will come back")).toBe(false);
    expect(writerActs("I keep asking whether he is okay")).toBe(true);
    expect(writerActs("he hit me and I ran")).toBe(true);
  });
});
