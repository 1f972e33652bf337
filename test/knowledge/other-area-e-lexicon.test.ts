import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { itDoesNotFind, itFinds } from "../fixtures/lexicon-cases.js";

/**
 * Round-E generalisation tests for the "other" area (substance dependence wording, borderline
 * relationship patterns, jealous delusions). Sentences are our own paraphrases of each concept
 * family, not the held-out vignettes; hard negatives are everyday look-alikes.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);
const foundAsThem = (sentence: string): string[] => matcher.match(sentence, { asFirstPerson: true }).map((m) => m.concept);

const POSITIVES: Record<string, string[]> = {
  withdrawal: [
    "if she runs out she's a nightmare, climbing the walls",
    "when they can't get hold of any they're vile and can't sleep",
    "whenever I have none I'm shaking and sweating",
  ],
  failed_cutdown: [
    "she can't get through a single day without a drink",
    "I couldn't last a weekend without weed",
    "I stopped for a bit but went back on them straight away",
    "I will never come off these pills",
  ],
  more_than_intended: ["I'm only meant to take one at night but I take four", "he's supposed to use it twice a day and he uses it hourly"],
  time_spent_using: [
    "I order more from websites abroad",
    "she gets them from another GP as well",
    "he pawned his guitar to pay for his habit",
    "I nicked cash off my nan to get more pills",
  ],
  abandonment_fear: ["I showed up at his house at 3am crying", "I kept turning up at her work uninvited"],
  unstable_relationships: ["I've had eight boyfriends in two years", "so many relationships in the last year"],
  other_delusions: [
    "he's cheating, the evidence is in how she folds the towels",
    "the detective she hired is obviously in on it",
    "my proof is the way he hangs his coat",
  ],
};
const MORE_POSITIVES: Record<string, string[]> = {
  gambling_betting: ["he bets on the horses most afternoons", "I stuck fifty quid on red"],
  gambling_online: ["I'm betting on the match every night on my phone"],
  borrowing_for_gambling: ["she's staking her whole salary on", "I've got three payday loans", "he blew all our savings"],
  gambling_preoccupation: ["all week I'm plotting about my next acca"],
  failed_cutdown: ["I set myself a limit of twenty but I always end up spending more"],
  leaves_seat: ["she won't sit through dinner", "he's up and down out of his seat"],
  hyperactive_restless: ["he charges around the supermarket", "she climbs on the furniture"],
  blurts_out: ["he shouts the answer out before the teacher has finished"],
  fails_to_finish: ["her coursework is always left half done"],
  sustained_attention_difficulty: ["my mind wanders off constantly", "I can't read more than a page"],
  symptoms_multiple_settings: ["at school she is exactly the same", "nursery and grandparents all say the same"],
  thought_interference: ["the wifi router is reading his mind", "he thinks the smart meter scrambles his thoughts"],
  disorganised_speech: ["she trails off mid sentence"],
  negative_symptoms: ["he hardly gets up or eats"],
  food_restriction: ["her rules are no carbs and nothing after 6pm", "I chew gum instead of a meal", "I never eat after lunch"],
  fear_weight_gain: ["putting on a pound makes me cry"],
  binge_eating_episodes: ["five slices of pizza then a tub of ice cream and then crisps"],
  purging_vomiting: ["then I just throw it all up"],
  weight_shape_self_worth: ["my whole day depends on what the scale says"],
};

const NEGATIVES: Array<[string, string]> = [
  ["gambling_betting", "I bet on it being sunny"],
  ["borrowing_for_gambling", "putting my savings into a house deposit"],
  ["leaves_seat", "I sit at the table for dinner every night"],
  ["hyperactive_restless", "I walked around the shops for an hour"],
  ["sustained_attention_difficulty", "I drift off to sleep easily"],
  ["thought_interference", "the radio was playing my favourite song"],
  ["fear_of_judgement", "people on tv are talking about the election"],
  ["embarrassment_fear", "can I ask something embarrassing"],
  ["time_consuming_rituals", "I spend hours every night on the online casino"],
  ["symptom_googling", "hours every night on the online casino"],
  ["purging_vomiting", "the baby threw it up"],
  ["binge_eating_episodes", "two bowls of cereal for breakfast"],
  ["food_restriction", "there are rules at work"],
  ["failed_cutdown", "I went back on my word"],
  ["failed_cutdown", "I'm back on track"],
  ["failed_cutdown", "I can't go a day without my morning run being the highlight"],
  ["withdrawal", "when I run out of milk I'm annoyed"],
  ["time_spent_using", "I got a leaflet from the clinic"],
  ["time_spent_using", "I sold my car to buy a house"],
  ["more_than_intended", "I'm supposed to take a break but I never do"],
  ["abandonment_fear", "I turned up at their house for dinner"],
  ["unstable_relationships", "two relationships in ten years"],
  ["other_delusions", "keep your proof of purchase, the way they handle returns is strict"],
  ["other_delusions", "I think he's cheating, he hides his phone"],
];

describe("other-area round E lexicon", () => {
  const eitherReading = (t: string) => [...found(t), ...foundAsThem(t)];
  itFinds(eitherReading, POSITIVES);
  itFinds(eitherReading, MORE_POSITIVES);
  itDoesNotFind(found, NEGATIVES);
});
