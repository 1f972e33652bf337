/**
 * A model's clinical reading, grounded and merged into the turn: concepts and criteria only on
 * the person's words and ids the knowledge base has; the engine recomputes statuses from the
 * criteria; the model's likelihood counts in proportion to its grounded evidence and a grounded
 * rule-out is honoured; the modality must be indicated and its technique listed; risk rises
 * only on quoted words (otherwise the reply asks directly). Used by the structured reading call
 * and by one-call counselor models alike.
 */
import type { Configuration } from "../graphs/configuration.js";
import type { CarriedReading, CounselingStateType, CounselingUpdate, Correction } from "../graphs/state.js";
import { reasonDifferential as reason } from "../engine/differential.js";
import { learnedPrior } from "../engine/learned/dx-net.js";
import { identifiedPerson } from "../engine/identified-person.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { DIAGNOSTIC_WORDS } from "../engine/question-bank.js";
import { estimateScreener } from "../engine/screeners.js";
import { ELEVATED_CONCEPTS, selectModality as selectRules } from "../engine/select-modality.js";
import { isPresent } from "../engine/presence.js";
import { groundExtraction, type GroundingNote } from "../grounding/check-extraction.js";
import { groundModality } from "../grounding/check-modality.js";
import { blendDifferential, groundReasoning } from "../grounding/check-reasoning.js";
import { groundRisk } from "../grounding/check-risk.js";
import { directQuestion } from "../safety/direct-question.js";
import { mergeRisk } from "../safety/merge-risk.js";
import type { Condition } from "../knowledge/types.js";
import type { ReadingAnswer } from "./consult-model.prompt.js";
import { latestUserText, userTexts } from "./messages.js";
import { correctionsFor } from "./model-trace.js";

/** The state update a grounded reading makes, and what grounding changed. */
export function applyReading(
  state: CounselingStateType,
  answer: ReadingAnswer,
  cfg: Configuration,
  node: string,
): { update: CounselingUpdate; corrections: Correction[]; raisedRisk: boolean; modalityBackend: "offline" | "model" | "model+corrected" } {
  const model = knowledgeModel();
  const turn = state.turn; // 1-based turn being handled
  const latest = latestUserText(state.messages);
  const turns = userTexts(state.messages);
  const knownConcepts = new Set(model.concepts.keys());

  const extracted = groundExtraction(answer, { text: latest, turn: turn - 1, knownConcepts });
  // The model adds what the lexicon missed this turn; the lexicon's own readings stay.
  const ruleConcepts = new Set(state.findings.filter((f) => f.turn === turn - 1).map((f) => f.concept));
  const added = extracted.findings.filter((f) => !ruleConcepts.has(f.concept));
  const base = [...state.findings, ...added];
  const view = identifiedPerson(base, turns);
  const candidates = state.candidates.map((c) => model.conditions.find((x) => x.id === c.conditionId)).filter((c): c is Condition => !!c);
  const grounded = groundReasoning(answer, { userTurns: turns, firstTurn: turn - turns.length, findings: view.findings, conditions: model.conditions, candidates });
  const findings = [...view.findings, ...grounded.derived];
  const prior = learnedPrior(userTexts(state.messages), findings, state.timing);
  const result = reason(findings, state.timing, state.retrieved, model, { ...cfg, ...(prior ? { prior } : {}) });
  const blended = blendDifferential(result.differential, grounded.opinions);

  const userText = turns.join("\n");
  const elevatedNow = findings.some((f) => ELEVATED_CONCEPTS.has(f.concept) && isPresent(f));
  const rulesPlan = state.modality ?? selectRules({ differential: blended.differential, problems: result.problems, userText, turn: turn - 1, elevatedNow });
  const conditionIds = [...blended.differential.filter((d) => d.status !== "rule-out").slice(0, 2).map((d) => d.conditionId), ...result.problems.map((p) => p.conditionId)];
  const modality = answer.modality ? groundModality(answer.modality, { conditionIds, rulesPlan, userText }) : { plan: rulesPlan, notes: [] };

  const risk = groundRisk(state.turnRisk, answer.risk, turns.slice(-6));
  // Words the model found ambiguous: the reply asks the screening questions directly.
  if (answer.risk.uncertain && !risk.raised) risk.askDirectly = true;
  const notes: GroundingNote[] = [...extracted.notes, ...grounded.notes, ...blended.notes, ...modality.notes, ...risk.notes];

  let followUp: string | undefined;
  // Models wrap the question in warmth ("Thank you for trusting me. … When the images come, what do you do?"): the question is kept.
  const q = answer.followUp?.trim().split(/(?<=[.!?])\s+/).filter((x) => x.endsWith("?")).pop() ?? answer.followUp?.trim();
  if (q && q.endsWith("?") && q.length <= 240 && !DIAGNOSTIC_WORDS.test(q)) followUp = q;
  else if (q) notes.push({ kind: "follow_up_rejected", detail: `next question not kept (${DIAGNOSTIC_WORDS.test(q) ? "diagnostic words" : "not a single plain question"}): "${q.slice(0, 80)}"` });

  const reading: CarriedReading = { turn, opinions: [...grounded.opinions.values()], ...(followUp ? { followUp } : {}) };
  const update: CounselingUpdate = {
    findings: [...added, ...grounded.derived],
    differential: blended.differential,
    problems: result.problems,
    screeners: [estimateScreener("PHQ-9", findings, model.concepts), estimateScreener("GAD-7", findings, model.concepts)],
    modality: modality.plan,
    reading,
  };
  if (risk.raised) {
    update.risk = risk.risk;
    update.turnRisk = mergeRisk(state.turnRisk, risk.risk);
  } else if (risk.askDirectly && !state.risk.escalate && !state.turnRisk.askedDirectly) {
    update.turnRisk = { ...state.turnRisk, askedDirectly: directQuestion(latest, ["the model read risk it could not quote from the person's words"]) };
  }
  const kept = !answer.modality || modality.notes.some((n) => n.kind === "unknown_modality" || n.kind === "modality_not_indicated" || n.kind === "modality_tried_without_benefit");
  const modalityBackend = kept ? "offline" : modality.notes.length ? "model+corrected" : "model";
  return { update, corrections: correctionsFor(node, turn, notes), raisedRisk: risk.raised && risk.risk.escalate, modalityBackend };
}
