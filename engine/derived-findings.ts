/**
 * Findings the lexicon cannot see in any one phrase but a clinician reads from several together.
 * A panic attack is defined by its symptoms (four or more of the thirteen, peaking within
 * minutes), so "shaking, sweating, chest tight, felt like I was going crazy… they come on in
 * like a minute" describes attacks even though the word "panic" never appears.
 */
import { LOW_BMI, bodyMassIndex, statedBmi, weightLostKg } from "./body-weight.js";
import type { SymptomFinding } from "./types.js";

/** The panic-attack symptom concepts (the PD.B items of knowledge/conditions/anxiety.ts). */
const PANIC_SYMPTOMS = new Set([
  "palpitations", "sweating", "trembling", "shortness_of_breath", "chest_tightness", "nausea_abdominal", "dizziness",
  "chills_hot_flushes", "paresthesia", "derealization", "depersonalization", "fear_losing_control", "fear_of_dying",
]);
/** Words that tell the symptoms came as an episode: an attack, a wave, something that comes on and passes. */
const EPISODE = /\b(attacks?|episodes?|spells?|waves?|surges?|rushes?|comes? on|came on|out of nowhere|out of the blue|all of a sudden|suddenly|woke up|wakes? me|peaks?|peaked|it happens|it happened|fourth time|third time|another one)\b/i;
/** At least this many distinct symptoms, as in the DSM-5-TR definition of a panic attack. */
const MIN_SYMPTOMS = 4;

/** Someone else's weight: "my daughter is 38kg", "she weighs 7 stone". */
const OTHER_PERSON = /\b(my (?:daughter|son|sister|brother|mum|mom|mother|dad|father|wife|husband|partner|girlfriend|boyfriend|friend|child|kid|baby|cat|dog)|she|he|her|his)\b/i;

/**
 * A finding read from more than one phrase, as extract-findings reads one: present unless `negated`,
 * the writer's unless `about` names whose it is.
 */
export function derivedFinding(concept: string, quote: string, turn: number, about?: string, negated = false): SymptomFinding {
  return { concept, quote, turn, negated, hedged: false, historical: false, hypothetical: false, otherExperiencer: about !== undefined, ...(about ? { about } : {}) };
}

/** Below this loss (kg) a weight lost says nothing about weight being low: "lost 4 kgs" is not underweight. */
const TELLING_LOSS_KG = 8;

/**
 * The lexicon reads "BMI about #" and "lost # kg" as low weight whatever the number; the numbers
 * are judged here. A stated BMI of 18.5 or more denies low weight ("BMI's about 22": a pertinent
 * negative); a small loss is dropped (the depressive weight-loss item reads it on its own).
 */
export function judgedWeights(findings: SymptomFinding[]): SymptomFinding[] {
  return findings.flatMap((f) => {
    if (f.concept !== "low_weight" || f.learned) return [f];
    const bmi = statedBmi(f.quote);
    if (bmi !== undefined) return [bmi >= LOW_BMI ? { ...f, negated: true } : f];
    const lost = weightLostKg(f.quote);
    return lost !== undefined && lost < TELLING_LOSS_KG ? [] : [f];
  });
}

/**
 * A first spell told as one, a history's pertinent negative: "recalls nothing like this before",
 * "never been like this before", "no previous episodes", "previously well", "first time in his life".
 */
const FIRST_SPELL =
  /\b(?:(?:recalls?|remembers?|had|has had|have had|experienced|been through|describes?)\s+nothing (?:like (?:this|it|that)|similar)(?: before| previously)?|(?:has|have|had) never had (?:such an?|a similar|anything like this|an?) (?:period|spell|episode|time)(?: like this)? before|never (?:been|felt|had (?:anything|it)) like this before|nothing like this (?:has )?(?:ever )?happened before|no (?:previous|prior|past|earlier) (?:similar )?(?:episodes?|spells?|history of (?:depression|low mood|mental illness))|previously (?:well|fit and well)|first (?:time|episode) (?:ever|in (?:his|her|my|their) (?:life|lives))|no (?:gp or )?(?:previous |past |prior )?psychiatric history)\b/i;

/**
 * An earlier depressive episode denied, from how a first spell is told (see `FIRST_SPELL`): without
 * it, recurrent depression's defining item is only unknown, and the learned reader, which has seen
 * many recurrences, may rank it first on the shared symptoms alone.
 */
function deriveFirstSpell(text: string, turn: number, findings: SymptomFinding[]): SymptomFinding[] {
  if (findings.some((f) => f.turn === turn && f.concept === "prior_depressive_episode")) return [];
  const m = FIRST_SPELL.exec(text);
  if (!m) return [];
  return [derivedFinding("prior_depressive_episode", m[0], turn, undefined, true)];
}

/** Pulling told without its object ("pulls while doing homework"), and hair as what the message is about. */
const BARE_PULLING = /\b(?:pulls|pulling|pulled|pull)\b(?!\s+(?:up|over|out of|off|away|through|in|into|back|down|apart|together|ahead|a muscle|muscles?|faces?|a face|a sickie|strings|(?:his|her|their|my|your) weight|rank|the car|the trigger|a fast one|me|him|them|us))/i;
const HAIR_TOPIC = /\b(?:hair|hairs|alopecia|bald (?:patch|patches|spot|spots)|scalp|eyebrows?|eyelashes|lashes|trichoscopy)\b/i;

/**
 * Hair pulling told the way notes tell it, its object left to the topic: "Referred ?alopecia …
 * Pt disclosed she pulls while doing homework … until there is a pile". The lexicon reads "pulls her
 * hair"; here a bare "pulls" in a message about hair loss stands for it, and is the person's whom
 * its sentence is about.
 */
export function barePulling(sentences: readonly ToldSentence[], turn: number, findings: SymptomFinding[]): SymptomFinding[] {
  if (findings.some((f) => f.turn === turn && f.concept === "hair_pulling" && !f.learned)) return [];
  return cueOnTopic(sentences, turn, "hair_pulling", HAIR_TOPIC, BARE_PULLING);
}

/** A sentence of the message, with the person it is about when not the writer. */
export interface ToldSentence {
  text: string;
  about?: string;
}

/**
 * `concept`, when some sentence of the message is on `topic` and one carries `cue`: the finding is
 * the person's whom the cue's sentence is about.
 */
function cueOnTopic(sentences: readonly ToldSentence[], turn: number, concept: string, topic: RegExp, cue: RegExp): SymptomFinding[] {
  if (!sentences.some((x) => topic.test(x.text))) return [];
  for (const x of sentences) {
    const m = cue.exec(x.text);
    if (m) return [derivedFinding(concept, m[0], turn, x.about)];
  }
  return [];
}

/** Powder told by the gram ("a couple of grams a night"), and what snorting it does ("my nose bleeds", "the comedowns"). */
const GRAMS = /\b(?:a|one|two|three|couple of|a couple of|few|a few|\d+(?:\.\d)?)\s*(?:grams?|g)\b(?!\s*(?:of (?:protein|sugar|fat|carbs?|fibre|fiber|salt)))/i;
const SNORTED = /\b(?:nose ?bleeds?|my nose (?:bleeds|is (?:wrecked|burning|raw|bleeding))|come ?downs?|comedowns?)\b/i;

/**
 * Cocaine told without its name, the way people who use it often tell it: grams a night and a nose
 * that bleeds or comedowns that flatten them. A message that names any substance is left to the lexicon.
 */
export function unnamedPowder(sentences: readonly ToldSentence[], turn: number, findings: SymptomFinding[]): SymptomFinding[] {
  if (findings.some((f) => f.turn === turn && f.concept.startsWith("uses_") && f.concept !== "uses_alcohol" && !f.learned)) return [];
  return cueOnTopic(sentences, turn, "uses_cocaine", SNORTED, GRAMS);
}

/** Derived findings for one turn, given the turn's text and its lexicon findings. */
export function deriveFindings(text: string, turn: number, findings: SymptomFinding[]): SymptomFinding[] {
  return [...derivePanicAttack(text, turn, findings), ...deriveLowWeight(text, turn, findings), ...deriveFirstSpell(text, turn, findings)];
}

/**
 * Significantly low weight from the numbers the person gives ("44kg? i'm 5'6" → BMI 15.6): the
 * lexicon reads phrases, not arithmetic. Only the writer's own weight (no other person named beside it).
 */
function deriveLowWeight(text: string, turn: number, findings: SymptomFinding[]): SymptomFinding[] {
  if (findings.some((f) => f.turn === turn && f.concept === "low_weight")) return [];
  const read = bodyMassIndex(text);
  if (!read || read.bmi >= LOW_BMI) return [];
  const around = text.slice(Math.max(0, read.weight.index - 60), read.weight.index + read.weight.text.length + 20);
  if (OTHER_PERSON.test(around)) return [];
  return [{ concept: "low_weight", quote: read.weight.text, turn, negated: false, hedged: false, historical: false, hypothetical: false, otherExperiencer: false }];
}

/**
 * Panic attacks from their symptoms, for whoever has them: the writer, or the person a case or a
 * referral describes ("she has had sudden episodes of pounding heart, breathlessness, tingling…").
 */
function derivePanicAttack(text: string, turn: number, findings: SymptomFinding[]): SymptomFinding[] {
  const cue = EPISODE.exec(text);
  if (!cue) return [];
  const people = new Map<string, SymptomFinding[]>();
  for (const f of findings) {
    if (f.turn !== turn || f.negated || f.hypothetical || f.historical) continue;
    const who = f.otherExperiencer ? `other:${f.about ?? ""}` : "self";
    const theirs = people.get(who) ?? [];
    theirs.push(f);
    people.set(who, theirs);
  }
  const out: SymptomFinding[] = [];
  for (const [who, theirs] of people) {
    if (theirs.some((f) => f.concept === "panic_attack")) continue;
    if (new Set(theirs.filter((f) => PANIC_SYMPTOMS.has(f.concept)).map((f) => f.concept)).size < MIN_SYMPTOMS) continue;
    const about = theirs[0].about;
    out.push({ concept: "panic_attack", quote: cue[0], turn, negated: false, hedged: false, historical: false, hypothetical: false, otherExperiencer: who !== "self", ...(who !== "self" && about ? { about } : {}) });
  }
  return out;
}
