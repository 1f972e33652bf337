import { describe, expect, it } from "vitest";
import { CONCEPTS, CONDITIONS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { itDoesNotFind, itFinds } from "../fixtures/lexicon-cases.js";

/**
 * Round C of the anxiety / OCD-related / somatic area: concept families the lexicon missed on a
 * fresh blind batch (evals/heldout/anxiety-c.jsonl), fixed by concept. Sentences are our own
 * paraphrases, not the vignettes: positives must be found, hard negatives must not.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const POSITIVES: Record<string, string[]> = {
  agora_public_transport: ["on the train I get this awful sense I can't get away", "buses are the worst, there's no way off"],
  agora_open_spaces: ["in the market square I feel I couldn't get away"],
  agora_outside_alone: ["when I'm out I keep thinking what if I collapse and nobody is there", "what if I come over funny and there's no one to help me"],
  avoidance: ["so I just stay in these days", "she pretended to be ill to get out of the assembly"],
  social_situation_fear: ["he refuses to answer the phone", "I'm too scared to order at the counter", "I never put my hand up in class"],
  phobia_animal: ["I change direction whenever there's a dog coming", "I cross the street as soon as I see a big spider web with a spider"],
  intrusive_thoughts: ["the doubt is back within minutes", "the thought creeps back straight away"],
  obsession_taboo: [
    "I keep wondering whether I really love my girlfriend",
    "I'm always questioning if I actually fancy my husband",
    "what if I'm just settling",
    "I'm terrified I've committed a mortal sin",
    "I'm scared I offended God",
  ],
  compulsion_mental: ["I keep checking how I feel when he kisses me", "I test my reaction to see if I'm attracted", "one stray thought and I have to start the rosary again", "I redo my prayers from the beginning"],
  compulsion_reassurance: ["I go to confession several times a week", "the priest told me to stop coming", "I scroll back through our old messages to see if I was happy", "I compare my partner with other men all the time"],
  compulsion_general: ["if I don't wash I feel like I'll go mad", "if I can't check it I can't settle"],
  appearance_preoccupation: ["I keep staring at my jaw", "people always gawp at my nose", "I can see every pore", "I look deformed in photos"],
  mirror_checking: ["I take hundreds of selfies to find one where I look ok", "I spend ages angling my face to the light"],
  cosmetic_procedure_seeking: ["I've had two consultations with surgeons already", "I keep calling plastic surgeons"],
  appearance_camouflage: ["I wear a beanie constantly, even indoors", "I never leave the house without a mask on my face"],
  hair_pulling: ["my eyebrows are patchy because I keep plucking them out", "I twist and pull them out without noticing"],
  hair_loss: ["there's a patch at the back with no hair", "I've got a bald spot"],
  difficulty_discarding: ["when my sister tried to bin some of it she went ballistic", "she insists she needs every bit of it", "old radios he swears he will fix"],
  illness_conviction: ["I'm certain I've got what she had", "every niggle I think it has spread", "a lump means cancer to me"],
  somatic_preoccupation: ["I'm completely fixated on the pain", "I'm worried the symptoms could be something sinister", "tracking my symptoms is basically a full time job"],
  somatic_symptoms_distress: ["my whole body has been aching for months", "my stomach keeps playing up for years"],
  worry_excessive: ["I'm always bracing for every possible catastrophe", "I expect the worst about everything", "I take so much tension about my family"],
};

/** Batch D (evals/heldout/anxiety-d.jsonl), fixed by concept after its blind measurement. */
const POSITIVES_D: Record<string, string[]> = {
  worry_uncontrollable: ["all day my brain keeps churning"],
  irritability: ["I get snappy over little things"],
  insomnia_initial: ["most nights I'm not able to get to sleep"],
  fear_of_dying: ["each time I was certain this was it"],
  panic_attack: ["twenty minutes later I'm back to normal", "I ended up at the hospital and they said it was anxiety"],
  anticipatory_anxiety: ["I'm nervous about going out in case it comes back"],
  safety_behaviours: ["I can't leave without my sister", "I grip my husband's hand tightly the whole way"],
  agora_public_transport: ["the tube is off limits now"],
  agora_enclosed_spaces: ["my groceries get delivered now", "supermarkets are a no go"],
  agora_crowds_queues: ["crowded pubs make me feel I'll collapse"],
  agora_outside_alone: ["he hasn't been out of the house by himself in a year", "what if I have a funny turn outside and no one will help"],
  fear_of_judgement: ["I'm scared the class will laugh", "everybody thinks me odd"],
  social_situation_fear: ["I rarely say a word in meetings", "I've always dreaded office parties"],
  phobia_other: ["I avoid buffets in case I vomit", "if a colleague has a stomach bug I have to go home"],
  phobia_animal: ["there was a mouse in the kitchen and I stayed at a friend's for a week"],
  insight_irrational: ["I know the dog won't bite me"],
  compulsion_washing: ["she washes for more than an hour"],
  obsession_contamination: ["I press lift buttons with my elbow", "no outside clothes on the sofa"],
  obsession_taboo: ["I'm terrified that I'm secretly a paedophile"],
  compulsion_mental: ["I keep checking if I feel a spark"],
  compulsion_reassurance: ["I keep asking my sister whether I seem normal"],
  appearance_preoccupation: ["I've been training for years and I still look scrawny", "my friends say it looks okay but they're being kind"],
  appearance_camouflage: ["I never take my t-shirt off at the pool", "I wear layers to bulk out"],
  cosmetic_procedure_seeking: ["I'm looking at surgery in Turkey"],
  clutter: ["there's no room to walk in the hallway"],
  difficulty_discarding: ["every time I go through the bags I put it all back"],
  normal_test_results: ["the specialist found no evidence of it", "all my reports are normal"],
  symptom_googling: ["I've been reading about rare diseases for hours"],
  body_checking_illness: ["I check my balance every morning"],
  illness_conviction: ["I'm certain something is badly wrong with my stomach"],
  somatic_preoccupation: ["the ECG was normal but I still don't believe it"],
};

const NEGATIVES_D: Record<string, string[]> = {
  compulsion_mental: ["I test myself with flashcards before exams"],
  fear_of_judgement: ["everyone will laugh at this joke"],
  clutter: ["the cafe was packed, nowhere to sit"],
  illness_conviction: ["I know something is wrong with my car"],
  separation_avoidance: ["I can't go to the supermarket without my boyfriend"],
  emptiness: ["when I'm asked a question my mind goes empty"],
};

const NEGATIVES: Record<string, string[]> = {
  illness_conviction: ["I'm convinced I have it under control", "I'm sure I have it worse than my brother"],
  phobia_animal: ["we cross the road at the lights with the dog", "I cross the road to get to the park with my dog"],
  worry_excessive: ["I'm planning for every possible outcome of the deal"],
  mirror_checking: ["I took 100 photos at the wedding to find the best angle"],
  cosmetic_procedure_seeking: ["I had a consultation with a surgeon about my knee"],
  intrusive_thoughts: ["the doubt comes back whenever the market dips"],
  somatic_symptoms_distress: ["my back has been hurting since I moved the sofa"],
  somatic_preoccupation: ["I'm scared it means something serious for the company", "I'm so focused on the project"],
  social_situation_fear: ["she won't answer the phone because she's at work"],
  difficulty_discarding: ["I tried to clear my inbox and got angry"],
  clutter: ["he won't sleep in his own room"],
  medical_cause: ["every headache, brain tumour, that's where my mind goes"],
  hair_pulling: ["this job has me pulling my hair out"],
};

describe("anxiety-area lexicon, round C: everyday phrasings", () => {
  itFinds(found, POSITIVES);
  itDoesNotFind(found, NEGATIVES);
  itFinds(found, POSITIVES_D, " (batch D)");
  itDoesNotFind(found, NEGATIVES_D, " (batch D)");
  it("counts early-morning waking as the disturbed sleep of generalised anxiety", () => {
    const gad = CONDITIONS.find((c) => c.id === "gad");
    const b6 = gad?.criteria.flatMap((g) => g.items).find((i) => i.id === "GAD.B6");
    expect(b6?.concepts).toContain("early_morning_waking");
  });
});
