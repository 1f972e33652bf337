/**
 * reasonDifferential: criteria matching and differential scoring over everything found so far,
 * screener estimates, and the next most useful question.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { weighty } from "../engine/compose-reply.js";
import { reasonDifferential as reason } from "../engine/differential.js";
import { chooseFollowUp } from "../engine/follow-up.js";
import { knowledgeModel } from "../engine/knowledge-model.js";
import { estimateScreener } from "../engine/screeners.js";
import { askedQuestions } from "./messages.js";

export const PROBLEM_QUESTION = "What would feel most helpful to focus on first?";

export async function reasonDifferential(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const model = knowledgeModel();
  const { differential, problems, scored } = reason(state.findings, state.timing, state.retrieved, model, cfg);
  const screeners = [estimateScreener("PHQ-9", state.findings, model.concepts), estimateScreener("GAD-7", state.findings, model.concepts)];
  const update: CounselingUpdate = { differential, problems, screeners, backend: { differential: "offline" } };
  // In a crisis turn the next question is about safety, and the crisis reply already asks it.
  if (!state.crisis) {
    const asked = askedQuestions(state.messages);
    const onlyLiving = problems.length > 0 && !weighty(differential);
    if (onlyLiving && !asked.includes(PROBLEM_QUESTION)) {
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
