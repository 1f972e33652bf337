import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";

/**
 * Everyday phrasings of depressive and (hypo)manic symptoms (the mood area's generalisation
 * pass): paraphrase families a person would use, and the look-alikes they must not catch.
 * Sentences are our own.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const POSITIVES: Array<[string, string]> = [
  // ── mania / hypomania ──
  ["decreased_need_for_sleep", "I haven't needed more than four hours a night for ages"],
  ["decreased_need_for_sleep", "I only need like 3 hours and then I'm off again"],
  ["decreased_need_for_sleep", "getting by on 2 hours a night, never felt sharper"],
  ["decreased_need_for_sleep", "slept maybe three hours a night all week and I'm not even tired"],
  ["decreased_need_for_sleep", "3 hours and I'm good to go"],
  ["decreased_need_for_sleep", "I barely slept for a week, I was so full of ideas"],
  ["decreased_need_for_sleep", "sleep is for the weak right now"],
  ["racing_thoughts", "the ideas come faster than I can type them"],
  ["racing_thoughts", "I can't keep up with my own thoughts"],
  ["racing_thoughts", "my brain is like someone flicking channels on a remote"],
  ["racing_thoughts", "my thoughts keep leaping from one plan to another"],
  ["elevated_mood", "there were stretches where I was buzzing for no reason"],
  ["elevated_mood", "it feels like electricity going through my body"],
  ["elevated_mood", "I feel incredible, hardly any sleep and I'm flying"],
  ["elevated_mood", "I'm high on life without any drugs"],
  ["grandiosity", "I'm going to change the world with this app"],
  ["grandiosity", "I've got a plan to fix the whole economy"],
  ["grandiosity", "my manager just can't see my genius"],
  ["grandiosity", "I think I was chosen for something special"],
  ["grandiosity", "honestly I must be the most gifted painter around"],
  ["grandiosity", "I felt overconfident and bulletproof"],
  ["grandiosity", "I emailed the prime minister about my ideas"],
  ["pressured_speech", "I've been talking way more than usual"],
  ["pressured_speech", "my friends say I've been loads more chatty"],
  ["pressured_speech", "I kept talking over everybody at dinner"],
  ["increased_goal_directed_activity", "I'm getting tons done, it's mad"],
  ["increased_goal_directed_activity", "I was rearranging the kitchen at 4am"],
  ["increased_goal_directed_activity", "I'm launching three companies at once"],
  ["increased_goal_directed_activity", "I've been bursting with energy"],
  ["risky_behaviour", "I maxed both my cards in a week"],
  ["risky_behaviour", "I sank my entire savings into a new idea"],
  ["risky_behaviour", "I made some huge bets on crypto"],
  ["risky_behaviour", "I booked a trip to Japan I couldn't afford"],
  ["psychiatric_admission", "I ended up in hospital for three weeks after that"],
  // ── depression ──
  ["depressed_mood", "I'm just tired of everything"],
  ["depressed_mood", "everything has gone grey lately"],
  ["depressed_mood", "it's like all the colour has drained out of life"],
  ["depressed_mood", "I've been down and miserable for a month"],
  ["emptiness", "I just feel flat, like nothing touches me"],
  ["anhedonia", "I don't even play football anymore"],
  ["anhedonia", "I haven't picked up my camera in months"],
  ["anhedonia", "my bike hasn't come out of the shed in weeks"],
  ["anhedonia", "I left the choir because I couldn't be bothered"],
  ["anhedonia", "I just don't care anymore"],
  ["anhedonia", "I don't bother with my allotment anymore"],
  ["fatigue", "I still feel wiped every morning"],
  ["fatigue", "I'm dragging myself through each day"],
  ["hypersomnia", "I nap all afternoon and still feel rough"],
  ["hypersomnia", "I've been sleeping way too much"],
  ["appetite_decrease", "food tastes of nothing these days"],
  ["appetite_decrease", "I eat like nothing all day"],
  ["appetite_increase", "I crave bread and biscuits constantly"],
  ["appetite_increase", "I keep raiding the cupboards at night"],
  ["weight_loss", "my jeans are falling off me"],
  ["psychomotor_retardation", "my legs feel full of wet sand"],
  ["psychomotor_retardation", "it takes me ages to get dressed"],
  ["psychomotor_retardation", "it's like wading through mud"],
  ["poor_concentration", "I reread the same email over and over"],
  ["indecisiveness", "I can't make my mind up about anything"],
  ["indecisiveness", "it takes me forever to decide what to wear"],
  ["worthlessness", "I'm no use to anyone"],
  ["low_self_esteem", "my confidence is in the gutter"],
  ["prior_depressive_episode", "this is the third time I've gone down like this"],
  ["prior_depressive_episode", "last time antidepressants helped"],
  ["prior_depressive_episode", "my previous episodes lifted after a few months"],
  ["seasonal_pattern", "from about November to March I'm a different person"],
  ["seasonal_pattern", "it comes back every winter"],
  ["chronic_low_mood", "I've been low most days for years"],
  ["chronic_low_mood", "it's a background misery that never really goes"],
  ["chronic_low_mood", "I can't remember the last time I felt happy"],
];

/** Look-alikes that must not be read as the concept. */
const NEGATIVES: Array<[string, string]> = [
  ["decreased_need_for_sleep", "I need at least 8 hours or I'm useless"],
  ["decreased_need_for_sleep", "I've barely slept, I'm exhausted"],
  ["insomnia_initial", "I only need 4 hours and I'm good to go"],
  ["elevated_mood", "I feel amazing after my holiday"],
  ["elevated_mood", "I got engaged, happiest I have ever been"],
  ["grandiosity", "she was the most important person in my life"],
  ["grandiosity", "I hope my work can change things a little"],
  ["risky_behaviour", "I bought a new coat in the sale"],
  ["increased_goal_directed_activity", "I started a few things this week"],
  ["racing_thoughts", "I jumped from the diving board"],
  ["depressed_mood", "I'm tired of my commute"],
  ["emptiness", "I moved into a new flat last month"],
  ["emptiness", "I've been flat out at work"],
  ["emptiness", "the tyre went flat on the motorway"],
  ["anhedonia", "I don't smoke anymore"],
  ["fatigue", "I wiped the table down"],
  ["psychomotor_retardation", "it takes ages to get a GP appointment"],
  ["prior_depressive_episode", "this is the third time I've been to Spain"],
  ["chronic_low_mood", "I was sad for a day when my team lost"],
];

describe("mood lexicon: everyday phrasings", () => {
  it.each(POSITIVES)("finds %s in: %s", (concept, text) => expect(found(text)).toContain(concept));
  it.each(NEGATIVES)("does not find %s in: %s", (concept, text) => expect(found(text)).not.toContain(concept));
});
