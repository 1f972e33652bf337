/**
 * The knowledge base, assembled from one file per diagnostic family. Pure data: importing it
 * starts nothing. Integrity (ids, references, pattern syntax) is checked by test/knowledge.
 */
import type { Condition, SymptomConcept } from "./types.js";
import { conditions as depressive } from "./conditions/depressive.js";
import { conditions as bipolar } from "./conditions/bipolar.js";
import { conditions as anxiety } from "./conditions/anxiety.js";
import { conditions as obsessiveCompulsive } from "./conditions/obsessive-compulsive.js";
import { conditions as traumaStressor } from "./conditions/trauma-stressor.js";
import { conditions as somatic } from "./conditions/somatic.js";
import { conditions as dissociative } from "./conditions/dissociative.js";
import { conditions as feedingEating } from "./conditions/feeding-eating.js";
import { conditions as sleepWake } from "./conditions/sleep-wake.js";
import { conditions as substance } from "./conditions/substance.js";
import { conditions as impulseControl } from "./conditions/impulse-control.js";
import { conditions as neurodevelopmental } from "./conditions/neurodevelopmental.js";
import { conditions as personality } from "./conditions/personality.js";
import { conditions as psychotic } from "./conditions/psychotic.js";
import { conditions as problemsOfLiving } from "./conditions/problems-of-living.js";
import { concepts as coreConcepts } from "./concepts/core.js";
import { concepts as moodAnxietyOcd } from "./concepts/mood-anxiety-ocd.js";
import { concepts as traumaSomaticEatingSleep } from "./concepts/trauma-somatic-eating-sleep.js";
import { concepts as substanceNeuroPersonalityPsychosis } from "./concepts/substance-neuro-personality-psychosis.js";

/** Every condition psyllm reasons about, disorders and problems of living. */
export const CONDITIONS: readonly Condition[] = [
  ...depressive,
  ...bipolar,
  ...anxiety,
  ...obsessiveCompulsive,
  ...traumaStressor,
  ...somatic,
  ...dissociative,
  ...feedingEating,
  ...sleepWake,
  ...substance,
  ...impulseControl,
  ...neurodevelopmental,
  ...personality,
  ...psychotic,
  ...problemsOfLiving,
];

/** Every symptom concept with its lexicon. */
export const CONCEPTS: readonly SymptomConcept[] = [
  ...coreConcepts,
  ...moodAnxietyOcd,
  ...traumaSomaticEatingSleep,
  ...substanceNeuroPersonalityPsychosis,
];

const conditionIndex = new Map(CONDITIONS.map((c) => [c.id, c]));
const conceptIndex = new Map(CONCEPTS.map((c) => [c.id, c]));

export function conditionById(id: string): Condition | undefined {
  return conditionIndex.get(id);
}

export function conceptById(id: string): SymptomConcept | undefined {
  return conceptIndex.get(id);
}

export type { Condition, SymptomConcept } from "./types.js";
