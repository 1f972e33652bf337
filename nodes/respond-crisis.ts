/**
 * crisisRespond: the crisis protocol's reply — resources first, warm engagement, a question
 * about immediate safety and an offer to make a safety plan. Reached straight from intake.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import { ensureConfiguration } from "../graphs/configuration.js";
import type { CounselingStateType, CounselingUpdate } from "../graphs/state.js";
import { composeCrisisReply } from "../safety/crisis-reply.js";
import { mergeRisk } from "../safety/merge-risk.js";
import { answerAfterSafety, crisisReflection } from "../engine/reply/other-paths.js";
import { counselorTexts, latestUserText } from "./messages.js";

export const CRISIS_FOLLOW_UP = "Are you safe right now?";

export async function crisisRespond(state: CounselingStateType, config: RunnableConfig): Promise<CounselingUpdate> {
  const cfg = ensureConfiguration(config);
  const risk = mergeRisk(state.risk, state.turnRisk);
  const userText = latestUserText(state.messages);
  const previousReplies = counselorTexts(state.messages);
  const ownWords = crisisReflection(userText);
  const crisis = composeCrisisReply({ risk, locale: cfg.locale, userText, previousReplies, ...(ownWords ? { ownWords } : {}) });
  // The person's own question is still answered, after the safety part.
  const answer = answerAfterSafety(userText, previousReplies, risk.flags.includes("abuse"));
  const response = answer ? `${crisis}\n\n${answer}` : crisis;
  return {
    response,
    modality: null,
    followUp: CRISIS_FOLLOW_UP,
    followUpAbout: "immediate safety (crisis protocol)",
    // Retrieval is skipped on the crisis path; stale passages from an earlier turn must not linger.
    retrieved: [],
    backend: { respond: "offline" },
  };
}
