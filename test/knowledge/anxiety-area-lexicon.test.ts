import { describe, expect, it } from "vitest";
import { CONCEPTS, CONDITIONS } from "../../knowledge/index.js";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { itDoesNotFind, itFinds } from "../fixtures/lexicon-cases.js";

/**
 * Everyday phrasings for the anxiety, OCD-related and somatic areas that the lexicon missed on
 * fresh held-out vignettes (evals/heldout/anxiety-*.jsonl), fixed by concept. Sentences are our
 * own paraphrases, not the vignettes: positives must be found, hard negatives must not.
 */
const matcher = new ConceptMatcher(CONCEPTS);
const found = (sentence: string): string[] => matcher.match(sentence).map((m) => m.concept);

const POSITIVES: Record<string, string[]> = {
  worry_uncontrollable: ["my head never switches off", "my mind just never slows down", "the worrying never stops", "I can't turn it down", "the worry never lets up"],
  worry_excessive: ["if my son is late I've already imagined the accident", "whenever she doesn't answer her phone I'm convinced something terrible has happened to her", "my mind jumps straight to the worst case", "I make mountains out of molehills", "at night I play out every possible disaster", "I worry about work, then the kids, then money"],
  muscle_tension: ["my shoulders are like concrete", "my neck feels like a rock", "I'm wound tight like a spring"],
  trembling: ["my knees turn to jelly"],
  attacks_unexpected: ["I woke up in a cold sweat with my heart pounding", "I wake up gasping at night", "panic attacks in the middle of the night"],
  panic_attack: ["it usually passes within ten minutes", "I was in a total panic and thought I was dying"],
  safety_behaviours: ["my husband has to come with me everywhere", "I gave up coffee in case it sets one off"],
  agora_outside_alone: ["I don't go further than the front gate", "my world has shrunk to these four walls"],
  agora_enclosed_spaces: ["the supermarket, I'm scared I'll be stuck with no way out"],
  agora_crowds_queues: ["crowds and long queues, I feel like I can't escape"],
  agora_public_transport: ["the train, I just feel trapped"],
  phobia_natural_environment: ["I can't handle heights at all", "looking down from the balcony my legs went"],
  phobia_blood_injection_injury: ["with injections I always go white and keel over", "I fainted watching an operation on telly", "I haven't seen a dentist in years", "the dentist chair makes me shake"],
  separation_distress: ["I'm beside myself whenever my husband is away for work", "I can't bear being apart from her", "he panics whenever I leave the house", "she won't let me out of her sight"],
  separation_harm_worry: ["I'm sure something has happened to my mum", "I worry she'll never come home", "he keeps asking if I'll be ok"],
  separation_avoidance: ["I can't get to sleep unless he is home", "she refuses to sleep in her own room", "he cries at the school gate every morning"],
  difficulty_discarding: ["she goes mad if anyone tries to clear her stuff", "throwing things out feels like losing a part of me"],
  clutter: ["the flat is a fire risk", "there's just a narrow path through the living room", "the garage is stacked to the ceiling"],
  illness_conviction: ["I'm terrified of having a heart attack", "any twitch and I think it's ALS", "I'm convinced something is seriously wrong with me", "maybe the doctor missed it"],
  body_checking_illness: ["I keep testing my grip for weakness", "I check my reflexes every day"],
  symptom_googling: ["I'm on health forums all night", "I google every twinge"],
  reassurance_medical: ["I've seen the doctor countless times this year", "I ended up in A&E several times"],
  normal_test_results: ["doctors can't figure out what's wrong", "the scans showed nothing"],
  somatic_symptoms_distress: ["headaches on and off for years"],
  somatic_preoccupation: ["I worry about my symptoms all day", "I'm scared it's spreading", "no one takes my pain seriously", "I spend most of the day checking my pulse", "I can't accept that nothing is wrong"],
  hair_pulling: ["I pluck out my eyelashes", "I've got bald patches from pulling", "I yank out strands of hair when I'm reading"],
  skin_picking: ["I pick my scabs until they're raw", "I squeeze spots for ages", "I bite the skin around my nails"],
  bfrb_stop_attempts: ["I wear gloves to stop myself", "I've tried everything to stop"],
  phobia_animal: ["I can't be in a room with a wasp", "I can't even look at snakes"],
  phobia_situational: ["I've got a real issue with lifts", "I made it as far as the airport and turned back"],
  fear_of_judgement: ["I'm sure they can tell how anxious I am"],
  social_situation_fear: ["I rehearse phone calls over and over", "I dread tutorials", "honestly I'm scared of people, even friendly ones", "I've always been painfully shy", "I get shaky in front of the whole class", "presenting makes me so nervous I feel sick"],
  compulsion_washing: ["I strip off at the front door when I get home", "I wipe down all the shopping", "I shower for ages after being on the bus"],
  compulsion_checking: ["I have to circle round to check nobody is hurt"],
  obsession_harm: ["what if I hit a cyclist without noticing"],
  excessive_acquiring: ["she keeps bringing home things from car boot sales"],
};

/** Look-alikes that must not be found as that concept. */
const NEGATIVES: Record<string, string[]> = {
  worry_uncontrollable: ["my head doesn't hurt anymore", "the pain never lets up"],
  worry_excessive: ["I imagine the garden will look lovely in spring"],
  trauma_accident: ["if he's late I always picture a car crash"],
  medical_cause: ["every headache I think it's a tumour"],
  hair_pulling: ["this project has me pulling my hair out", "I'm ready to pull my hair out with these kids", "I pluck my eyebrows before a night out", "I pull my hair back into a ponytail"],
  skin_picking: ["I pick up the kids at three", "my skin is peeling from the sunburn", "I'll pick a film tonight"],
  separation_distress: ["I can't leave my spots alone"],
  difficulty_discarding: ["I'll repaint the fence one day"],
  clutter: ["my mind is cluttered"],
  phobia_natural_environment: ["I can handle the hill climb easily"],
  agora_enclosed_spaces: ["I went to the shops and got stuck into the sales"],
  attacks_unexpected: ["I wake up at 7 and make coffee"],
  social_situation_fear: ["I practise my guitar for hours", "the dog is a bit shy with strangers", "people were scared of the storm"],
  compulsion_washing: ["my hands are cold"],
  phobia_animal: ["I can't stand my neighbour's dog barking"],
};

describe("anxiety-area lexicon: everyday phrasings", () => {
  itFinds(found, POSITIVES);
  itDoesNotFind(found, NEGATIVES);
  it("has hair-pulling and skin-picking disorders coded in ICD-10-CM", () => {
    expect(CONDITIONS.find((c) => c.id === "trichotillomania")?.codes.icd10cm).toBe("F63.3");
    expect(CONDITIONS.find((c) => c.id === "excoriation")?.codes.icd10cm).toBe("F42.4");
  });
});
