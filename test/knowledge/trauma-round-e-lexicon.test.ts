/**
 * Round E of the trauma area (evals/heldout/trauma-e.jsonl): separation distress and counterfactual
 * rumination in grief, loss of purpose, dream imagery and sleep-yelling, repeated exposure to death at
 * work, euphemisms for childhood sexual abuse, leaving a job to escape a reminder, noise-triggered
 * checking, migration told by a newcomer; with ordinary-speech look-alikes that must not fire.
 */
import { describe, expect, it } from "vitest";
import { ConceptMatcher } from "../../engine/concept-matcher.js";
import { CONCEPTS } from "../../knowledge/index.js";
import { itDoesNotFind, itFinds } from "../fixtures/lexicon-cases.js";

const matcher = new ConceptMatcher(CONCEPTS);
const found = (text: string) => new Set(matcher.match(text).map((m) => m.concept));

const positives: Record<string, string[]> = {
  yearning_for_deceased: [
    "most evenings I listen for his key in the lock",
    "I still wait for her to call on Sundays",
    "every morning I reach for my phone to text him",
    "I'm waiting for her car to pull up the drive",
  ],
  grief_preoccupation: [
    "I keep asking myself what I could have done",
    "if only I'd got there sooner",
    "I can't stop thinking if I had checked on him",
  ],
  grief_pain: [
    "I'm so angry that he went first",
    "everyone says time heals but it hasn't for me",
    "it has not got any easier in three years",
  ],
  meaninglessness: ["I feel I have no purpose any more", "nothing has any meaning without her", "I see no point in getting up"],
  disbelief_about_death: ["I picked up the phone to ring my mum before remembering"],
  nightmares: ["I dream of dead bodies most nights", "my husband says I shout in my sleep", "dreams about the ward every night"],
  trauma_witnessed_death: ["we had body bags stacked in the corridor", "I watched so many patients die alone"],
  trauma_child_abuse: ["my uncle did stuff to me when I was nine", "a family friend used to come into my room at night", "he interfered with me as a kid"],
  trauma_avoidance: [
    "I transferred to days because the sirens at night were too much",
    "I quit the force because I couldn't face another call like that",
    "I thought I'd packed it all away in a box",
  ],
  intrusive_memories: ["I keep picturing the intruder at the window", "still seeing him lying there on the road"],
  hypervigilance: ["the slightest creak and I'm wide awake", "any car door at night and I'm at the window"],
  moving_home: ["we emigrated from Poland to Ireland last year", "since I arrived in this country everything is hard"],
};

const negatives: [string, string][] = [
  ["panic_attack", "my nan passed away in 2019 after a long illness"],
  ["obsession_symmetry", "he looks at me a certain way and I melt"],
  ["yearning_for_deceased", "I'm waiting for the bus to come"],
  ["grief_preoccupation", "if only I had brought an umbrella"],
  ["nightmares", "I dream of owning a house one day"],
  ["nightmares", "my sister talks in her sleep"],
  ["trauma_witnessed_death", "I watched so many films this weekend"],
  ["trauma_child_abuse", "my dad did things to the garden when I was little"],
  ["hypervigilance", "any noise and my dog starts barking"],
  ["trauma_avoidance", "I changed jobs because the pay was better"],
  ["moving_home", "we came from the cinema to the pub"],
];

describe("trauma round E lexicon", () => {
  itFinds(found, positives);
  itDoesNotFind(found, negatives);
});
