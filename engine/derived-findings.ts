/**
 * Findings the lexicon cannot see in any one phrase but a clinician reads from several together.
 * A panic attack is defined by its symptoms (four or more of the thirteen, peaking within
 * minutes), so "shaking, sweating, chest tight, felt like I was going crazy… they come on in
 * like a minute" describes attacks even though the word "panic" never appears.
 */
import { LOW_BMI, bodyMassIndex } from "./body-weight.js";
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

/** Derived findings for one turn, given the turn's text and its lexicon findings. */
export function deriveFindings(text: string, turn: number, findings: SymptomFinding[]): SymptomFinding[] {
  return [...derivePanicAttack(text, turn, findings), ...deriveLowWeight(text, turn, findings)];
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
