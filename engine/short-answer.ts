/**
 * A short answer read against the question the counselor just asked. "Pretty bad, honestly."
 * after "How has your energy been through the day?" says the energy is low, though it names
 * nothing; "no, never" after "Have you been sleeping a lot more than usual?" rules it out.
 * Only questions the engine asks from its question bank are resolved (their concepts are
 * known); an answer that names concepts itself is left to the lexicon.
 */
import type { KnowledgeModel } from "./knowledge-model.js";
import { questionFor } from "./question-bank.js";
import type { SymptomFinding } from "./types.js";

/** Answers that say the thing asked about is there (or bad). */
const PRESENT = /^(?:yes|yeah|yea|yep|yup|ya|aye|definitely|absolutely|totally|for sure|sure|true|pretty much|mostly|most days|every ?day|all the time|constantly|always|a lot|loads|lots|tons|really|very|so|not (?:great|good|well)|pretty bad|bad|terrible|awful|horrible|shocking|rubbish|crap|shit|worse|low|gone|non-?existent|zero|nothing|none|barely|hardly)\b/i;
/** Answers that say it is not there. */
const ABSENT = /^(?:no|nope|nah|not really|not at all|not that i(?:'ve| have) noticed|never|fine|good|great|ok|okay|alright|all right|normal|same as (?:usual|always|ever)|the same|no change|unchanged|it'?s fine|it'?s ok(?:ay)?)\b/i;
/** Answers that say it in part. */
const HEDGED = /^(?:kind of|kinda|sort of|sorta|sometimes|a bit|a little|somewhat|maybe|i guess|i think so|on and off|some days|hit and miss)\b/i;

const indexes = new WeakMap<KnowledgeModel, Map<string, string[]>>();

function questionIndex(model: KnowledgeModel): Map<string, string[]> {
  let byQuestion = indexes.get(model);
  if (byQuestion) return byQuestion;
  byQuestion = new Map<string, string[]>();
  indexes.set(model, byQuestion);
  for (const [id, concept] of model.concepts) {
    const q = questionFor(concept, id);
    byQuestion.set(q, [...(byQuestion.get(q) ?? []), id]);
  }
  return byQuestion;
}

/** Findings a short answer gives to the question that closed the counselor's last reply. */
export function answerToQuestion(text: string, lastReply: string | undefined, turn: number, found: SymptomFinding[], model: KnowledgeModel): SymptomFinding[] {
  if (!lastReply || found.some((f) => !f.otherExperiencer)) return [];
  const words = text.trim().split(/\s+/);
  if (words.length > 20) return [];
  const asked = lastReply.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s.endsWith("?")).pop();
  const concepts = asked ? questionIndex(model).get(asked) : undefined;
  if (!concepts?.length) return [];
  const answer = text.trim().replace(/^(?:honestly|tbh|um+|uh+|well|hmm+|haha|lol)[,.!]?\s+/i, "");
  const hedged = HEDGED.test(answer);
  const present = hedged || PRESENT.test(answer);
  const absent = !present && ABSENT.test(answer);
  if (!present && !absent) return [];
  // A question about one thing answers for it; a question that covers several (sleep's kinds,
  // appetite or weight up or down) answers only for its first, the commonest reading.
  const which = concepts.slice(0, 1);
  const quote = text.trim().slice(0, 160);
  return which.map((concept) => ({ concept, quote, turn, negated: absent, hedged, historical: false, hypothetical: false, otherExperiencer: false }));
}
