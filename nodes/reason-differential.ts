/**
 * reasonDifferential: criteria matching and differential scoring over everything found so far
 * (model-derived findings of earlier turns included), the previous turn's grounded model
 * opinions blended in by their evidence, screener estimates, the next most useful question,
 * and the candidates a model will be shown this turn (retrieval's and the engine's). No model
 * call here: this turn's model reading runs alongside the reply (nodes/consult-model.ts).
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { weighty } from "../engine/compose-reply.js";
import { reasonDifferential as reason } from "../engine/differential.js";
import { carerFollowUp } from "../engine/carer-reply.js";
import { chooseFollowUp } from "../engine/follow-up.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { identifiedPerson } from "../engine/identified-person.js";
import { estimateScreener } from "../engine/screeners.js";
import { askedQuestions, userTexts } from "./messages.js";
import { learnedPrior } from "../engine/learned/dx-net.js";
import { chooseCandidates } from "../engine/candidates.js";
import { blendDifferential } from "../grounding/check-reasoning.js";
import { READING_LIMITS } from "./consult-model.prompt.js";

export const PROBLEM_QUESTION = "What would feel most helpful to focus on first?";

export async function reasonDifferential(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const model = knowledgeModel();
  // A parent or partner describing someone else: the assessment is about that person.
  const view = identifiedPerson(state.findings, userTexts(state.messages));
  // The learned reader's opinion over everything the person has said (engine/learned/dx-net.ts).
  const prior = learnedPrior(userTexts(state.messages), view.findings, state.timing);
  const offline = reason(view.findings, state.timing, state.retrieved, model, { ...cfg, ...(prior ? { prior } : {}) });
  const { problems, scored } = offline;
  let { differential } = offline;
  const findings = view.findings;
  // The previous turn's model reading still counts, by its grounded evidence, until this turn's is merged.
  const carried = state.reading && state.reading.turn === state.turn - 1 ? state.reading : null;
  if (carried?.opinions.length) differential = blendDifferential(differential, new Map(carried.opinions.map((o) => [o.conditionId, o]))).differential;
  const modelFollowUp = carried?.followUp;
  const update: CounselingUpdate = {
    backend: { differential: "offline" },
    modalityProposal: null,
    subject: view.subject,
    candidates: chooseCandidates(state.retrieved, scored, model, READING_LIMITS.conditions),
  };

  const screeners = [estimateScreener("PHQ-9", findings, model.concepts), estimateScreener("GAD-7", findings, model.concepts)];
  Object.assign(update, { differential, problems, screeners });
  // In a crisis turn the next question is about safety, and the crisis reply already asks it.
  if (!state.crisis) {
    const asked = askedQuestions(state.messages);
    const onlyLiving = problems.length > 0 && !weighty(differential);
    if (view.subject.kind === "other") {
      // Symptom questions are asked of the person who has them; the writer is asked what they can tell.
      update.followUp = carerFollowUp(view.subject.who, state.timing, asked);
      update.followUpAbout = `about ${view.subject.who}, as the writer sees it`;
    } else if (modelFollowUp && !asked.includes(modelFollowUp)) {
      update.followUp = modelFollowUp;
      update.followUpAbout = "chosen by the reasoning model";
    } else if (onlyLiving && !asked.includes(PROBLEM_QUESTION)) {
      // An ordinary difficulty: the useful next question is about the person's goal, not a symptom.
      update.followUp = PROBLEM_QUESTION;
      update.followUpAbout = `problem of living (${problems[0].name}): the person's own priority`;
    } else {
      const next = chooseFollowUp(scored, model, asked);
      update.followUp = next.question;
      update.followUpAbout = next.about;
    }
  }
  return update;
}
