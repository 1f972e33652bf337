/**
 * reasonDifferential: criteria matching and differential scoring over everything found so far,
 * screener estimates, and the next most useful question. With a reasoning model configured,
 * the model's grounded judgments join the criteria (see reason-differential.model.ts).
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import { usesModel } from "../graphs/models.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { weighty } from "../engine/compose-reply.js";
import { reasonDifferential as reason } from "../engine/differential.js";
import { carerFollowUp } from "../engine/carer-reply.js";
import { chooseFollowUp } from "../engine/follow-up.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { identifiedPerson } from "../engine/identified-person.js";
import { estimateScreener } from "../engine/screeners.js";
import { askedQuestions } from "./messages.js";
import { reasonWithModel } from "./reason-differential.model.js";

export const PROBLEM_QUESTION = "What would feel most helpful to focus on first?";

export async function reasonDifferential(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const model = knowledgeModel();
  // A parent or partner describing someone else: the assessment is about that person.
  const view = identifiedPerson(state.findings);
  const offline = reason(view.findings, state.timing, state.retrieved, model, cfg);
  let { differential, problems, scored } = offline;
  let findings = view.findings;
  const update: CounselingUpdate = { backend: { differential: "offline" }, modalityProposal: null, subject: view.subject };
  let modelFollowUp: string | undefined;

  if (usesModel("reasoning", cfg)) {
    const answer = await reasonWithModel({ ...state, findings: view.findings }, offline, model, cfg, config);
    if ("fallback" in answer) {
      Object.assign(update, { corrections: answer.fallback, usage: answer.usage, backend: { differential: "offline-fallback" } });
    } else {
      ({ differential, problems, scored } = answer.result);
      findings = [...view.findings, ...answer.derived];
      modelFollowUp = answer.followUp;
      Object.assign(update, {
        findings: answer.derived,
        modalityProposal: answer.modalityProposal,
        corrections: answer.corrections,
        usage: answer.usage,
        backend: answer.backend,
      });
    }
  }

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
