import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";

/**
 * Round-E phrasings of depressive, dysthymic and hypomanic symptoms: paraphrase families added
 * after a blind batch (evals/heldout/mood-e.jsonl), with the look-alikes they must not catch.
 * Sentences are our own and differ from the vignettes.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const POSITIVES: Array<[string, string]> = [
  ["depressed_mood", "I'm never really happy, not deep down"],
  ["anhedonia", "I don't like cooking any more"],
  ["anhedonia", "he doesn't even listen to his records anymore"],
  ["anhedonia", "I don't even want to do anything at weekends"],
  ["hopelessness", "there's not much real hope of it changing"],
  ["hopelessness", "honestly nothing really matters"],
  ["irritability", "I've been so short-fused lately"],
  ["irritability", "he's like a bear with a sore head"],
  ["fatigue", "she hardly gets off the couch"],
  ["fatigue", "my legs feel heavy, like I can barely move them some mornings"],
  ["social_withdrawal", "she just wants to be left alone"],
  ["death_thoughts", "I don't care whether I wake up or not"],
  ["functional_impairment", "he hasn't washed in over a week"],
  ["functional_impairment", "she stopped getting dressed"],
  ["appetite_decrease", "mum hardly eats these days"],
  ["chronic_low_mood", "I've been flat for the best part of a decade"],
  ["chronic_low_mood", "over the past 6 years I've never properly happy, just a haze"],
  ["elevated_mood", "there was a fortnight when I was on fire"],
  ["elevated_mood", "I get stretches where I'm unstoppable"],
  ["decreased_need_for_sleep", "I was wired and hardly slept for five days"],
  ["decreased_need_for_sleep", "pulling mad hours on next to no sleep"],
  ["pressured_speech", "my colleagues said I was uncharacteristically talkative"],
  // ── added after batch F (evals/heldout/mood-f.jsonl) ──
  ["perinatal_onset", "she's only a few weeks old and I feel nothing"],
  ["perinatal_onset", "I'm struggling to bond with the baby"],
  ["anhedonia", "I just go through the motions at work"],
  ["anhedonia", "I've not been finding any joy in it"],
  ["emptiness", "most days I'm on autopilot"],
  ["depressed_mood", "he's been moping about the house"],
  ["appetite_decrease", "I never feel hungry these days"],
  ["excessive_guilt", "I am failing my family"],
  ["death_thoughts", "gran says she's just waiting for the end"],
  ["insomnia_initial", "he sleeps poorly"],
  ["chronic_low_mood", "my whole adult life I've been sort of low"],
  ["mood_swings", "I'm either full of energy and big plans or stuck in bed feeling low"],
  ["increased_goal_directed_activity", "she was tiling the bathroom at 2am"],
  ["grandiosity", "he's much more confident than usual, almost cocky"],
  ["pressured_speech", "she talks at everybody in the queue"],
  ["elevated_mood", "in my high spells I can do anything"],
  ["high_without_impairment", "I never got into trouble during them"],
  ["high_without_impairment", "the highs never caused any problems"],
  ["high_without_impairment", "I didn't need any treatment, it passed"],
];

const NEGATIVES: Array<[string, string]> = [
  ["hopelessness", "nothing matters more than my kids"],
  ["hopelessness", "when we're together nothing else matters"],
  ["hopelessness", "there's no real hope of rain this week, the garden's parched"],
  ["anhedonia", "I don't like mushrooms"],
  ["fatigue", "the box was heavy, I could barely lift it"],
  ["chronic_low_mood", "my mood has had its ups and downs for years"],
  ["chronic_low_mood", "sales were down for the past three years"],
  ["elevated_mood", "there was a week when I was buzzing about the holiday"],
  ["decreased_need_for_sleep", "I barely slept because the baby was up"],
  ["decreased_need_for_sleep", "I did a lot of hours at work this month"],
  ["death_thoughts", "I don't care if I wake up early, I'm a morning person"],
  ["social_withdrawal", "please leave me alone, I said to my brother as a joke"],
  ["functional_impairment", "he hasn't shaved for movember"],
  ["perinatal_onset", "my puppy is 10 months old"],
  ["emptiness", "I love robots"],
  ["mood_swings", "either pizza or pasta, I'm feeling low key hungry"],
  ["increased_goal_directed_activity", "we're renovating the kitchen this spring"],
  ["high_without_impairment", "I got into trouble at work for it"],
  ["death_thoughts", "I'm waiting to die my hair until the weekend"],
];

describe("mood lexicon: round-E phrasings", () => {
  it.each(POSITIVES)("finds %s in: %s", (concept, text) => expect(found(text)).toContain(concept));
  it.each(NEGATIVES)("does not find %s in: %s", (concept, text) => expect(found(text)).not.toContain(concept));
});
