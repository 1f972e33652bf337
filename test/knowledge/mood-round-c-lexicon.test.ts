import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";

/**
 * Round-C phrasings of depressive and (hypo)manic symptoms: paraphrase families added after a
 * blind batch of vignettes (evals/heldout/mood-c.jsonl), and the look-alikes they must not catch.
 * Sentences are our own and differ from the vignettes.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const POSITIVES: Array<[string, string]> = [
  // ── depression ──
  ["emptiness", "I'm not upset as such, it's more like numb"],
  ["emptiness", "honestly I just feel blank most days"],
  ["depressed_mood", "I've been always a bit low, if I'm honest"],
  ["depressed_mood", "my husband says I'm forever sighing"],
  ["anhedonia", "I stopped going to band practice"],
  ["anhedonia", "I've given up my painting and the allotment"],
  ["anhedonia", "she quit dancing a couple of months back"],
  ["anhedonia", "nothing makes me smile any more"],
  ["anhedonia", "I sit in front of the TV without really watching anything"],
  ["anhedonia", "I'll stare at the wall for hours"],
  ["fatigue", "I could barely get out of bed this morning"],
  ["fatigue", "I feel completely wrecked by lunchtime"],
  ["hypersomnia", "on my days off I stay in bed until 3pm"],
  ["hypersomnia", "I've been sleeping till the afternoon"],
  ["appetite_increase", "I've been eating like a horse"],
  ["worthlessness", "I feel like I've failed my kids"],
  ["low_self_esteem", "I'm just not as good as everyone else"],
  ["low_self_esteem", "I never think much of myself"],
  ["hopelessness", "I can't imagine things ever getting better"],
  ["death_thoughts", "some nights I want to close my eyes and never wake up"],
  ["insomnia_initial", "I don't sleep properly anymore"],
  ["chronic_low_mood", "I've felt low since I was about 13"],
  ["chronic_low_mood", "a dark cloud for years that never fully goes"],
  // ── mania / hypomania ──
  ["elevated_mood", "up for 2 nights and feeling incredible"],
  ["elevated_mood", "I get these massive highs"],
  ["elevated_mood", "I was unusually up, needing barely any sleep"],
  ["elevated_mood", "I've been really buzzy this week"],
  ["decreased_need_for_sleep", "I seem to need way less sleep than everyone"],
  ["decreased_need_for_sleep", "he's been awake for nearly 4 days"],
  ["decreased_need_for_sleep", "she was up all night painting the hallway"],
  ["decreased_need_for_sleep", "I barely slept and was convinced it would all work out"],
  ["racing_thoughts", "he skips from subject to subject too fast to follow"],
  ["grandiosity", "I've worked out how to solve world hunger"],
  ["grandiosity", "he thinks he was born to be a legend"],
  ["grandiosity", "she says she's going to run for president"],
  ["risky_behaviour", "I got a motorbike on finance without telling anyone"],
  ["risky_behaviour", "he blew his entire wages in two days"],
  ["risky_behaviour", "I resigned at 2am in a long email"],
  ["others_noticed_change", "my sister keeps saying I need to calm down"],
  ["others_noticed_change", "he has never been like this before"],
  ["increased_goal_directed_activity", "I've typed 60 pages since Tuesday"],
  ["increased_goal_directed_activity", "I rang everybody I know to share the news"],
  ["increased_goal_directed_activity", "reorganising the garage at 3am"],
  // ── added after batch D (evals/heldout/mood-d.jsonl) ──
  ["anhedonia", "I haven't put on my football boots in weeks"],
  ["anhedonia", "she dropped out of hockey this term"],
  ["anhedonia", "he used to walk the dog every day and now he barely leaves the sofa"],
  ["anhedonia", "I'm not really interested in my puzzles"],
  ["fatigue", "getting up feels like climbing a mountain"],
  ["appetite_increase", "I've been grazing all evening"],
  ["weight_gain", "I've gone up a dress size"],
  ["worthlessness", "the kids deserve a better mum"],
  ["low_self_esteem", "my confidence is in the basement"],
  ["hopelessness", "I can't really see things ever changing"],
  ["hypersomnia", "she dozes in the armchair most of the day"],
  ["insomnia_maintenance", "I'm awake most of the night"],
  ["functional_impairment", "I got sacked for turning up late"],
  ["chronic_low_mood", "I've been low all my adult life"],
  ["chronic_low_mood", "down most days for nearly 4 years"],
  ["chronic_low_mood", "there's a constant background sadness"],
  ["grandiosity", "I was convinced I was the messiah"],
  ["pressured_speech", "she's speaking at a hundred miles an hour"],
];

const NEGATIVES: Array<[string, string]> = [
  ["anhedonia", "I stopped going to the gym because I'm scared of a panic attack there"],
  ["anhedonia", "I quit football after I hurt my knee"],
  ["anhedonia", "I gave up the choir as we moved house"],
  ["anhedonia", "I stare at the ceiling when I can't sleep"],
  ["emptiness", "I'm not sad, just tired"],
  ["elevated_mood", "I was really up for the party"],
  ["elevated_mood", "the kids were up for 3 days with a fever"],
  ["decreased_need_for_sleep", "I'm up all night every night worrying"],
  ["decreased_need_for_sleep", "I need less stress in my life"],
  ["grandiosity", "my friend is running for the school board"],
  ["risky_behaviour", "we bought a car on finance last year, the payments are fine"],
  ["risky_behaviour", "I quit my job last week, I'd had enough of my boss"],
  ["worthlessness", "the plan failed us all in the end"],
  ["mood_swings", "I perk up when friends visit and then crash again once they leave"],
  ["hypersomnia", "the shop is open till 2pm on Sundays"],
  ["fatigue", "my car got wrecked in the crash"],
  ["anhedonia", "I'm not interested in football, never have been"],
  ["weight_gain", "prices have gone up a lot"],
  ["worthlessness", "our town deserves better roads"],
  ["grandiosity", "I thought I was going to be late"],
  ["functional_impairment", "the manager got sacked"],
];

describe("mood lexicon: round-C phrasings", () => {
  it.each(POSITIVES)("finds %s in: %s", (concept, text) => expect(found(text)).toContain(concept));
  it.each(NEGATIVES)("does not find %s in: %s", (concept, text) => expect(found(text)).not.toContain(concept));
});
