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
import { chooseFollowUp } from "../engine/follow-up.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { estimateScreener } from "../engine/screeners.js";
import { askedQuestions } from "./messages.js";
import { reasonWithModel } from "./reason-differential.model.js";

export const PROBLEM_QUESTION = "What would feel most helpful to focus on first?";

export async function reasonDifferential(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const model = knowledgeModel();
  const offline = reason(state.findings, state.timing, state.retrieved, model, cfg);
  let { differential, problems, scored } = offline;
  let findings = state.findings;
  const update: CounselingUpdate = { backend: { differential: "offline" }, modalityProposal: null };
  let modelFollowUp: string | undefined;

  if (usesModel("reasoning", cfg)) {
    const answer = await reasonWithModel(state, offline, model, cfg, config);
    if ("fallback" in answer) {
      Object.assign(update, { corrections: answer.fallback, usage: answer.usage, backend: { differential: "offline-fallback" } });
    } else {
      ({ differential, problems, scored } = answer.result);
      findings = [...state.findings, ...answer.derived];
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
    if (modelFollowUp && !asked.includes(modelFollowUp)) {
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
