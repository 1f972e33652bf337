import { describe, expect, it } from "vitest";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { CONCEPTS } from "../../knowledge/index.js";

const matcher = new ConceptMatcher(CONCEPTS);
const found = (text: string) => new Set(matcher.match(text).map((m) => m.concept));

describe("trauma, grief, somatic, eating and sleep lexicon", () => {
  it.each([
    ["trauma_exposure", "I was mugged at knifepoint on my way home"],
    ["trauma_exposure", "we were in a bad car crash last spring"],
    ["trauma_exposure", "I saw my friend get killed when we were deployed"],
    ["flashbacks", "it feels like it's happening all over again"],
    ["nightmares", "I have nightmares about the attack"],
    ["hypervigilance", "I'm always on guard and sit facing the door"],
    ["exaggerated_startle", "any loud noise makes me jump out of my skin"],
    ["trauma_avoidance", "I won't drive anymore"],
    ["emotional_numbing", "I feel numb, I can't feel anything for my kids"],
    ["yearning_for_deceased", "I miss her every single day"],
    ["disbelief_about_death", "I still can't accept that he's gone"],
    ["meaninglessness", "life has no meaning without him"],
    ["illness_conviction", "I'm convinced I have a brain tumour"],
    ["body_checking_illness", "I keep checking for lumps every day"],
    ["symptom_googling", "I spend hours googling my symptoms"],
    ["reassurance_medical", "every test came back clear but I don't believe it"],
    ["food_restriction", "I eat a few hundred calories a day"],
    ["low_weight", "my BMI is 15"],
    ["fear_weight_gain", "I'm terrified of gaining weight"],
    ["body_image_disturbance", "I still feel huge even though everyone says I'm thin"],
    ["binge_eating_episodes", "I binge on a whole pizza and can't stop eating"],
    ["purging_vomiting", "then I make myself sick"],
    ["laxative_misuse", "I've been taking laxatives after meals"],
    ["eating_shame_secrecy", "I eat in secret and feel disgusted afterwards"],
    ["sensory_food_avoidance", "the texture of most foods makes me gag"],
    ["fear_of_choking", "I'm scared of choking since that happened"],
    ["sleep_nights_per_week", "it happens most nights"],
    ["daytime_impairment_sleep", "I'm exhausted during the day"],
    ["mood_otherwise_ok", "otherwise my mood is fine"],
  ])("%s <- %s", (concept, text) => expect(found(text).has(concept)).toBe(true));

  it.each([
    ["nightmares", "my commute was a nightmare today"],
    ["binge_eating_episodes", "I binge-watched the whole series on Netflix"],
    ["purging_vomiting", "I need to purge my closet"],
    ["trauma_exposure", "there was so much drama at work"],
    ["eating_physical_red_flags", "it's cold outside today"],
  ])("%s does not fire on: %s", (concept, text) => expect(found(text).has(concept)).toBe(false));
});
